package org.uglymugs.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.AuditTargets;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Desk.Filed;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.PageSession;
import org.uglymugs.support.StaffApi;

/** No unaudited oracle: the PII check, previews, the queue and alert reads each leave an audit entry. */
@QuarkusTest
class ReadAuditTest {

    private static long viewed(String reference, String via) {
        return Db.count(
                "select count(*) from audit_entry where action = 'REPORT_VIEWED' and target = ?"
                        + " and details::jsonb ->> 'via' = ?",
                AuditTargets.of(reference),
                via);
    }

    /** The covert sweep of the review: "is her phone this report's contact?" now leaves a read of the report. */
    @Test
    void thePiiCheckIsAuditedAsAReadOfTheReport() {
        Filed filed = ReporterContactGateTest.filedWithContactPhone();
        Desk.moderator()
                .body(Desk.draft(Fixtures.AREA, List.of(), "Is it " + Fixtures.PHONE + "?"))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/pii-check")
                .then()
                .statusCode(200);
        assertEquals(1, viewed(filed.reference(), "pii-check"));
    }

    @Test
    void aPreviewOnTheDraftPageIsAuditedAsARead() {
        Filed filed = ReporterContactGateTest.filedWithContactPhone();
        PageSession moderator = PageSession.of(StaffApi.MODERATOR);
        String csrf = moderator.csrf("/staff/reports/" + filed.reference() + "/alert");
        moderator
                .form(csrf)
                .formParam("title", "Violent client")
                .formParam("summary", "Is it " + Fixtures.PHONE + "?")
                .formParam("severity", "HIGH")
                .formParam("areas", Fixtures.AREA)
                .formParam("categories", "PHYSICAL_ASSAULT")
                .formParam("action", "preview")
                .post("/staff/reports/" + filed.reference() + "/alert")
                .then()
                .statusCode(200);
        assertEquals(1, viewed(filed.reference(), "preview"));
    }

    /** One entry per listing, with its filter and page, not one per row. */
    @Test
    void eachQueueListingIsOneAuditEntryWithItsFilter() {
        String area = Desk.newArea("audited-queue");
        Map<String, Object> body = Fixtures.report();
        body.put("area", area);
        Desk.file(body);
        Desk.file(body);
        long before = Db.count("select count(*) from audit_entry where action = 'REPORT_QUEUE_LISTED'");
        Desk.moderator()
                .queryParam("area", area)
                .queryParam("status", "SUBMITTED")
                .get("/api/v1/moderation/queue")
                .then()
                .statusCode(200);
        PageSession.of(StaffApi.MODERATOR)
                .given()
                .get("/staff/queue?area=" + area)
                .then()
                .statusCode(200);
        assertEquals(2, Db.count("select count(*) from audit_entry where action = 'REPORT_QUEUE_LISTED'") - before);
        assertEquals(
                List.of("SUBMITTED 0 2", "null 0 2"),
                Db.strings(
                        "select coalesce(details::jsonb ->> 'status', 'null') || ' ' || (details::jsonb ->> 'page')"
                                + " || ' ' || (details::jsonb ->> 'rows') from audit_entry"
                                + " where action = 'REPORT_QUEUE_LISTED' and details::jsonb ->> 'area' = ? order by id",
                        area));
    }

    @Test
    void readingAnAlertIsAuditedOnTheApiAndThePage() {
        Filed filed = ReporterContactGateTest.filedWithContactPhone();
        int alert = Desk.moderator()
                .body(Desk.publish(Desk.draft(Fixtures.AREA, List.of(), ReporterContactGateTest.SAFE), List.of()))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(200)
                .extract()
                .path("alert.id");
        Desk.moderator().get("/api/v1/moderation/alerts/" + alert).then().statusCode(200);
        PageSession.of(StaffApi.MODERATOR)
                .given()
                .get("/staff/alerts/" + alert)
                .then()
                .statusCode(200);
        assertEquals(
                List.of(AuditTargets.of(filed.reference()), AuditTargets.of(filed.reference())),
                Db.strings(
                        "select details::jsonb ->> 'report' from audit_entry where action = 'ALERT_VIEWED'"
                                + " and target = ? order by id",
                        "alert:" + alert));
    }
}
