package org.uglymugs.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.common.crypto.SealBroken;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Desk.Filed;
import org.uglymugs.support.Fixtures;

/**
 * M4 and M8: every sealed value of a report opens only in its own row and column, and the
 * incident's date and time window are sealed (no clear column holds them).
 */
@QuarkusTest
class SealedReportTest {

    private static final String OTHER_NAME = "Other Reporter Name";

    @Inject
    Reports reports;

    @Test
    void aContactCopiedIntoAnotherReportFailsClosedThereAndNeverShowsTheFirstReportersText() {
        Filed a = Desk.file(Fixtures.reportWithContact());
        Map<String, Object> other = Fixtures.reportWithContact();
        other.put("contact", Map.of("name", OTHER_NAME, "email", "someone.else@example.org"));
        Filed b = Desk.file(other);
        Db.execute("update report set contact_sealed = (select contact_sealed from report where reference = '"
                + a.reference() + "') where reference = '" + b.reference() + "'");

        SealBroken refused = assertThrows(SealBroken.class, () -> reports.contact(reports.summary(b.reference())));
        assertEquals(
                "cannot open report.contact_sealed: it was sealed for another row or column, or altered",
                refused.getMessage());
        // Opening the report does not open its contact at all (only an audited reveal does), so it
        // still answers, and shows neither reporter's details.
        Desk.moderator()
                .get("/api/v1/moderation/reports/" + b.reference())
                .then()
                .statusCode(200)
                .body(not(containsString(Fixtures.CONTACT_NAME)))
                .body(not(containsString(OTHER_NAME)));
        assertEquals(
                Fixtures.CONTACT_NAME,
                reports.contact(reports.summary(a.reference())).orElseThrow().name());
    }

    @Test
    void valuesMovedWithinOneReportFailToo() {
        Filed filed = Desk.file(Fixtures.report());
        long id = Db.reportId(filed.reference());
        // Same report, same data key: only the column and row binding can tell.
        Db.execute("update report set location_sealed = account_sealed where id = " + id);
        assertThrows(SealBroken.class, () -> reports.detail(reports.summary(filed.reference())));

        Filed second = Desk.file(Fixtures.report());
        long secondId = Db.reportId(second.reference());
        List<String> rows =
                Db.strings("select id::text from report_identifier where report_id = ? order by ordinal", secondId);
        Db.execute("update report_identifier set value_sealed = (select value_sealed from report_identifier where id = "
                + rows.get(0) + ") where id = " + rows.get(1));
        assertThrows(SealBroken.class, () -> reports.identifiers(reports.summary(second.reference())));
    }

    @Test
    void theIncidentDateAndTimeWindowAreSealedAndShownOnlyOpened() {
        Filed filed = Desk.file(Fixtures.report());
        long id = Db.reportId(filed.reference());
        assertEquals(
                List.of("occurred_sealed"),
                Db.strings("select column_name from information_schema.columns where table_name = 'report'"
                        + " and column_name like 'occurred%' order by column_name"));
        String date = LocalDate.now().minusDays(2).toString();
        // The row without the platform's own minute times: a report filed at 04:22 has "04:22:00" in them.
        String row = Db.strings(
                        "select (to_jsonb(r) - 'submitted_at' - 'updated_at')::text from report r where id = ?", id)
                .get(0);
        assertFalse(row.contains(date), "the incident date is in no clear column");
        assertFalse(row.contains("22:00"), "nor the time window");
        Desk.moderator()
                .get("/api/v1/moderation/reports/" + filed.reference())
                .then()
                .statusCode(200)
                .body("report.occurredAt.date", equalTo(date))
                .body("report.occurredAt.from", equalTo("22:00:00"))
                .body("report.occurredAt.to", equalTo("23:30:00"));
    }

    @Test
    void erasureDestroysTheReportsDataKey() {
        Filed filed = Desk.file(Fixtures.report());
        long id = Db.reportId(filed.reference());
        assertEquals(1, Db.count("select count(*) from report_key where report_id = ?", id));
        given().header(Fixtures.RECEIPT_HEADER, filed.receipt())
                .delete(Fixtures.MY_REPORT_PATH)
                .then()
                .statusCode(204);
        assertEquals(0, Db.count("select count(*) from report_key where report_id = ?", id));
    }
}
