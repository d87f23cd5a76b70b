package org.uglymugs.liaison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Desk.Filed;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.Liaison;
import org.uglymugs.support.StaffApi;

/**
 * Each combination of policeIntel / policeContactMe consent × in or out of the officer's area ×
 * report state gives exactly the fields allowed, in the record, its JSON, CSV and PDF exports and
 * the contact: nothing at all (the same 404 as a missing report) unless policeIntel, in area,
 * RECORDED or PUBLISHED. A marker planted in the account, location, messages, notes, incidents and
 * contact never reaches any export. The lifecycle has no WITHDRAWN status: a report whose reporter
 * withdrew policeIntel stands in for it.
 */
@QuarkusTest
class ConsentMatrixTest {

    record Case(MatrixReports.State state, boolean intel, boolean contact, boolean inArea, Filed filed) {
        boolean visible() {
            return intel && inArea && (state == MatrixReports.State.RECORDED || state == MatrixReports.State.PUBLISHED);
        }

        @Override
        public String toString() {
            return state + " intel=" + intel + " contact=" + contact + " inArea=" + inArea;
        }
    }

    @Test
    void eachCombinationGivesExactlyTheFieldsAllowedAndNoMarkerReachesAnExport() {
        String area = Desk.newArea("matrix");
        String other = Desk.newArea("matrix-out");
        StaffApi.Account officer = Liaison.officer(area);
        List<Case> cases = new ArrayList<>();
        for (MatrixReports.State state : MatrixReports.State.values()) {
            for (boolean intel : new boolean[] {true, false}) {
                for (boolean contact : new boolean[] {true, false}) {
                    for (boolean inArea : new boolean[] {true, false}) {
                        cases.add(new Case(
                                state,
                                intel,
                                contact,
                                inArea,
                                MatrixReports.file(state, intel, contact, inArea ? area : other)));
                    }
                }
            }
        }
        List<String> listed = Liaison.as(officer)
                .queryParam("size", 100)
                .get(Liaison.INTEL)
                .jsonPath()
                .getList("items.reference");
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            String ref = c.filed().reference();
            String base = Liaison.INTEL + "/" + ref;
            expect(wrong, c, "listed", listed.contains(ref), c.visible());
            for (String path : List.of(
                    base, base + "/export?format=json", base + "/export?format=csv", base + "/export?format=pdf")) {
                expect(wrong, c, path, Liaison.as(officer).get(path).statusCode() == 200, c.visible());
            }
            expect(
                    wrong,
                    c,
                    "contact",
                    Liaison.as(officer).get(base + "/contact").statusCode() == 200,
                    c.visible() && c.contact());
            if (c.visible()) {
                checkFields(c, officer);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(4, cases.stream().filter(Case::visible).count());
    }

    private static void expect(List<String> wrong, Case c, String what, boolean actual, boolean expected) {
        if (actual != expected) {
            wrong.add(c + " " + what + ": " + actual);
        }
    }

    private static void checkFields(Case c, StaffApi.Account officer) {
        String ref = c.filed().reference();
        String base = Liaison.INTEL + "/" + ref;
        JsonPath record = Liaison.as(officer).get(base).jsonPath();
        assertEquals(LiaisonIntelTest.RECORD_FIELDS, record.getMap("").keySet(), c.toString());
        assertEquals(c.contact(), record.getBoolean("contactAvailable"), c.toString());
        assertEquals(3, record.getInt("linkedReports"), "only the other visible reports: " + c);

        byte[] json = Liaison.as(officer).get(base + "/export?format=json").asByteArray();
        JsonPath doc = JsonPath.from(new String(json, StandardCharsets.UTF_8));
        assertEquals(
                Set.of("exportedAt", "exportedBy", "sanitisation", "records"),
                doc.getMap("").keySet());
        assertEquals(officer.username(), doc.getString("exportedBy"));
        Map<String, Object> row = doc.getMap("records[0]");
        assertEquals(ROW_FIELDS, row.keySet(), c.toString());
        assertEquals(ref, row.get("reference"));
        assertEquals("third-party reporting scheme, reference " + ref, row.get("source"));
        assertEquals("B3C", row.get("grading"));
        assertEquals(Liaison.SUMMARY, row.get("summary"));
        assertEquals(3, row.get("linkedReports"));
        assertEquals(Fixtures.MARKS, doc.getString("records[0].description.marks"));
        assertEquals(Fixtures.PHONE_E164, doc.getString("records[0].identifiers[0].value"));

        byte[] csv = Liaison.as(officer).get(base + "/export?format=csv").asByteArray();
        assertEquals(CsvExport.header(), ExportReader.csvHeader(csv));
        Map<String, String> cells = ExportReader.csv(csv).get(0);
        assertEquals(ref, cells.get("reference"));
        assertEquals(row.get("source"), cells.get("source"));
        assertEquals("B", cells.get("sourceEvaluation"));
        assertEquals("3", cells.get("intelligenceAssessment"));
        assertEquals("C", cells.get("handlingCode"));
        assertEquals("Not to be disclosed to the suspect", cells.get("handlingConditions"));
        assertEquals(Fixtures.MARKS, cells.get("description.marks"));
        assertEquals("3", cells.get("linkedReports"));
        assertEquals(officer.username(), cells.get("exportedBy"));
        assertEquals(ExportDocument.SANITISATION, cells.get("sanitisation"));

        byte[] pdf = Liaison.as(officer).get(base + "/export?format=pdf").asByteArray();
        String text = ExportReader.pdfText(pdf);
        for (String expected : List.of(
                "Reference " + ref + " - grading B3C",
                "Source: third-party reporting scheme, reference " + ref,
                "Source evaluation: B (untested)",
                "Intelligence assessment: 3 (known indirectly to the source)",
                "Handling code: C (lawful sharing permitted with conditions)",
                "Handling conditions: Not to be disclosed to the suspect",
                "Categories: FRAUD",
                "Setting: OUTCALL",
                "Marks: " + Fixtures.MARKS,
                "Identifiers: PHONE: " + Fixtures.PHONE_E164,
                "Linked reports: 3",
                "Intelligence summary: " + Liaison.SUMMARY,
                "Exported by: " + officer.username(),
                ExportDocument.SANITISATION)) {
            assertTrue(text.contains(expected), expected + " in the PDF of " + c);
        }
        for (String export :
                List.of(new String(json, StandardCharsets.UTF_8), new String(csv, StandardCharsets.UTF_8), text)) {
            for (String secret :
                    List.of(MatrixReports.MARKER, Fixtures.ACCOUNT, Fixtures.CONTACT_NAME, Fixtures.CONTACT_EMAIL)) {
                assertFalse(export.contains(secret), secret + " in an export of " + c);
            }
        }
        if (c.contact()) {
            JsonPath contact = Liaison.as(officer).get(base + "/contact").jsonPath();
            assertEquals(Fixtures.CONTACT_NAME, contact.getString("name"));
        }
    }

    static final Set<String> ROW_FIELDS = Set.of(
            "reference",
            "source",
            "categories",
            "area",
            "setting",
            "occurredOn",
            "occurredFrom",
            "occurredTo",
            "description",
            "identifiers",
            "linkedReports",
            "summary",
            "sourceEvaluation",
            "intelligenceAssessment",
            "handlingCode",
            "handlingConditions",
            "grading");
}
