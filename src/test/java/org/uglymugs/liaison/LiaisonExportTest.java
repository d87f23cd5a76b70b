package org.uglymugs.liaison;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.audit.ChainLinks;
import org.uglymugs.support.AuditTargets;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Desk.Filed;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.Liaison;
import org.uglymugs.support.StaffApi;

/** Exports: CSV injection neutralised, PDF hashes that verify against the audit log, list exports. */
@QuarkusTest
class LiaisonExportTest {

    @Test
    void csvCellsThatWouldRunAsFormulasAreNeutralised() {
        String area = Desk.newArea("csv");
        StaffApi.Account officer = Liaison.officer(area);
        Map<String, Object> body = Liaison.report(area, true, false);
        body.put(
                "description",
                Map.of(
                        "marks",
                        "=HYPERLINK(\"http://evil.example\")",
                        "said",
                        "@SUM(1+1)",
                        "clothing",
                        "-2+3",
                        "hair",
                        "+cmd",
                        "voice",
                        "\tTabbed"));
        Filed filed = Desk.file(body);
        Liaison.record(filed.reference());
        byte[] csv = Liaison.as(officer)
                .get(Liaison.INTEL + "/" + filed.reference() + "/export?format=csv")
                .asByteArray();
        Map<String, String> row = ExportReader.csv(csv).get(0);
        assertEquals("'=HYPERLINK(\"http://evil.example\")", row.get("description.marks"));
        assertEquals("'@SUM(1+1)", row.get("description.said"));
        assertEquals("'-2+3", row.get("description.clothing"));
        assertEquals("'+cmd", row.get("description.hair"));
        assertEquals("'\tTabbed", row.get("description.voice"));
        assertEquals("'\rx", CsvExport.neutralise("\rx"));
        assertEquals("plain", CsvExport.neutralise("plain"));
    }

    @Test
    void bothHashesOfAPdfExportVerifyAgainstItsAuditEntry() {
        long firstEntry = ChainLinks.next();
        String area = Desk.newArea("pdf");
        StaffApi.Account officer = Liaison.officer(area);
        Filed filed = Liaison.ready(area);
        Response pdf = Liaison.as(officer).get(Liaison.INTEL + "/" + filed.reference() + "/export?format=pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.header("Content-Disposition").startsWith("attachment; filename=\"intel-" + filed.reference()));
        byte[] bytes = pdf.asByteArray();
        String jsonHash = pdf.header("X-Canonical-Json-Sha256");
        for (String page : ExportReader.pdfPages(bytes)) {
            assertTrue(page.contains("Canonical JSON SHA-256: " + jsonHash), "every page prints the hash");
        }
        String details = Db.strings(
                        "select details from audit_entry where actor = ? and action = 'LIAISON_INTEL_EXPORTED' and target = ?",
                        officer.username(),
                        AuditTargets.of(filed.reference()))
                .get(0);
        assertTrue(details.contains("\"jsonSha256\":\"" + jsonHash + "\""), details);
        assertTrue(details.contains("\"pdfSha256\":\"" + ExportReader.sha256(bytes) + "\""), details);
        assertTrue(details.contains("\"format\":\"pdf\""), details);
        // The canonical JSON the hash is of is what the JSON export of the same moment holds.
        byte[] json = Liaison.as(officer)
                .get(Liaison.INTEL + "/" + filed.reference() + "/export?format=json")
                .asByteArray();
        assertEquals(64, ExportReader.sha256(json).length());
        ChainLinks.assertIntactFrom(firstEntry);
    }

    @Test
    void aListExportHoldsTheFilteredRecordsAndEachCountsAsAnExport() {
        String area = Desk.newArea("list");
        StaffApi.Account officer = Liaison.officer(area);
        Filed first = Liaison.ready(area);
        Map<String, Object> body = Liaison.report(area, true, false);
        body.put("categories", List.of("STALKING"));
        Filed stalking = Desk.file(body);
        Liaison.record(stalking.reference());
        Liaison.as(officer)
                .queryParam("format", "json")
                .get(Liaison.INTEL + "/export")
                .then()
                .statusCode(200)
                .body("records.reference", hasItem(first.reference()))
                .body("records.size()", org.hamcrest.Matchers.equalTo(2));
        byte[] csv = Liaison.as(officer)
                .queryParam("format", "csv")
                .queryParam("category", "STALKING")
                .get(Liaison.INTEL + "/export")
                .asByteArray();
        List<Map<String, String>> rows = ExportReader.csv(csv);
        assertEquals(1, rows.size());
        assertEquals(stalking.reference(), rows.get(0).get("reference"));
        Liaison.as(officer)
                .queryParam("format", "xml")
                .get(Liaison.INTEL + "/export")
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("errors.field", hasItem("format"));
        Liaison.as(officer)
                .get("/api/v1/liaison/me/access")
                .then()
                .body("items.kind", hasItem("EXPORTED"))
                .body(containsString(stalking.reference()));
    }
}
