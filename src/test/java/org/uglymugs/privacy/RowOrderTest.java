package org.uglymugs.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Desk.Filed;
import org.uglymugs.support.Fixtures;

/**
 * Neither a row's id nor a time beside it places what a reporter did within its minute: ids of the
 * rows a reporter creates are random, and every time in a table a reporter's rows share with staff
 * rows is a whole minute (a precise staff time on either side would bracket the reporter's).
 */
@QuarkusTest
class RowOrderTest {

    private static final String SUMMARY = "Booked an outcall, refused to pay and became violent when asked.";
    /** Sequence ids of rows made one after the other differ by 1 (or a pool's 50): random ones by far more. */
    private static final long FAR = 1L << 20;

    @Test
    void idsOfRowsFiledOneAfterAnotherAreNeitherOrderedNorClose() {
        List<Long> reports = new ArrayList<>();
        List<Long> identifiers = new ArrayList<>();
        List<Long> incidents = new ArrayList<>();
        List<Long> messages = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Filed filed = Desk.file(Fixtures.report());
            long id = Db.reportId(filed.reference());
            reports.add(id);
            identifiers.addAll(longs("select id from report_identifier where report_id = ? order by ordinal", id));
            withReceipt(filed)
                    .body(Fixtures.incident())
                    .post(Fixtures.MY_INCIDENTS_PATH)
                    .then()
                    .statusCode(201);
            withReceipt(filed)
                    .body(Fixtures.message(Fixtures.MESSAGE))
                    .post(Fixtures.MY_MESSAGES_PATH)
                    .then()
                    .statusCode(201);
            Desk.moderator()
                    .body(Map.of("body", "Thank you, we are looking at it."))
                    .post("/api/v1/moderation/reports/" + filed.reference() + "/messages")
                    .then()
                    .statusCode(204);
            incidents.addAll(longs("select id from report_incident where report_id = ?", id));
            messages.addAll(longs("select id from report_message where report_id = ? order by ordinal", id));
        }
        for (var table : Map.of(
                        "report", reports,
                        "report_identifier", identifiers,
                        "report_incident", incidents,
                        "report_message", messages)
                .entrySet()) {
            List<Long> ids = table.getValue();
            // Ten random ids come out sorted once in 10! (3.6 million) runs; forty, practically never.
            assertFalse(ids.equals(ids.stream().sorted().toList()), table.getKey() + " ids grow in filing order");
            for (int i = 1; i < ids.size(); i++) {
                long gap = Math.abs(ids.get(i) - ids.get(i - 1));
                assertTrue(gap > FAR, table.getKey() + " ids made one after another are close: " + ids);
            }
            assertTrue(ids.stream().allMatch(id -> id > 0 && id < (1L << 53)), "ids are positive and JSON-safe");
        }
    }

    @Test
    void aReportsOwnRowsKeepTheirOrderWithoutOrderedIds() {
        Filed filed = Desk.file(Fixtures.report());
        for (int i = 1; i <= 5; i++) {
            withReceipt(filed)
                    .body(Fixtures.message("reply " + i))
                    .post(Fixtures.MY_MESSAGES_PATH)
                    .then()
                    .statusCode(201);
        }
        List<String> bodies = withReceipt(filed)
                .get(Fixtures.MY_REPORT_PATH)
                .then()
                .statusCode(200)
                .extract()
                .path("messages.body");
        assertEquals(List.of("reply 1", "reply 2", "reply 3", "reply 4", "reply 5"), bodies);
    }

    /**
     * Test review item 7: every table that records what a reporter set off, and every staff row beside it
     * in a shared table (moderator messages, alert rows and versions, the delivery outbox), is timed to
     * the minute.
     */
    @Test
    void everyTimeAReporterSetsOffAndEveryStaffTimeBesideItIsAWholeMinute() {
        Filed filed = Desk.file(Fixtures.report());
        long id = Db.reportId(filed.reference());
        Desk.moderator()
                .post("/api/v1/moderation/reports/" + filed.reference() + "/claim")
                .then()
                .statusCode(200);
        Desk.moderator()
                .body(Map.of("body", "Can you tell us more?"))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/messages")
                .then()
                .statusCode(204);
        withReceipt(filed)
                .body(Fixtures.message(Fixtures.MESSAGE))
                .post(Fixtures.MY_MESSAGES_PATH)
                .then()
                .statusCode(201);
        withReceipt(filed)
                .body(Fixtures.incident())
                .post(Fixtures.MY_INCIDENTS_PATH)
                .then()
                .statusCode(201);
        int alertId = Desk.moderator()
                .body(Desk.publish(Desk.draft(Fixtures.AREA, List.of(), SUMMARY), false))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(200)
                .extract()
                .path("alert.id");
        Desk.moderator()
                .body(Map.of("alert", Desk.draft(Fixtures.AREA, List.of(), SUMMARY + " He took her phone.")))
                .post("/api/v1/moderation/alerts/" + alertId + "/update")
                .then()
                .statusCode(200);
        withReceipt(filed)
                .body(Map.of("consents", Fixtures.consents(false, true, false, false, false)))
                .put(Fixtures.MY_CONSENTS_PATH)
                .then()
                .statusCode(200);
        assertEquals(3, Db.count("select count(*) from alert_version where alert_id = ?", (long) alertId));
        assertEquals(2, Db.count("select count(*) from report_message where report_id = ?", id));

        Map<String, String> columns = Map.of(
                "report where id = ?", "submitted_at, updated_at",
                "report_incident where report_id = ?", "added_at",
                "report_message where report_id = ?", "sent_at",
                "alert where report_id = ?", "issued_at, updated_at, retracted_at",
                "alert_version where alert_id in (select id from alert where report_id = ?)", "created_at",
                "delivery_event where alert_id in (select id from alert where report_id = ?)",
                        "created_at, fanned_out_at");
        for (var table : columns.entrySet()) {
            for (String column : table.getValue().split(", ")) {
                String sql = "select " + column + " from " + table.getKey();
                assertEquals(List.of(), preciseTimes(sql, id), table.getKey().split(" ")[0] + "." + column);
            }
        }
    }

    private static io.restassured.specification.RequestSpecification withReceipt(Filed filed) {
        return given().header(Fixtures.RECEIPT_HEADER, filed.receipt()).contentType(ContentType.JSON);
    }

    private static List<Long> longs(String sql, long id) {
        return Db.strings(sql, id).stream().map(Long::valueOf).toList();
    }

    /** The times {@code sql} selects that are finer than a whole minute. */
    private static List<String> preciseTimes(String sql, long id) {
        return Db.strings("select t::text from (" + sql + ") as s(t) where t <> date_trunc('minute', t)", id);
    }
}
