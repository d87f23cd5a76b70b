package org.uglymugs.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Api;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.PageSession;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.TestClock;

/** Each kind of data goes at its keeping time and not a minute earlier; what goes leaves nothing behind. */
@QuarkusTest
class RetentionTest {

    private static final String DECISION = "/api/v1/moderation/reports/%s/decision";

    @Inject
    TestClock clock;

    @Inject
    RetentionJob job;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachKindGoesAtItsTimeAndNothingEarlier() {
        String rejected = decided(Map.of("decision", "REJECT", "reason", "SPAM"));
        String recorded = decided(Map.of("decision", "RECORD"));
        String published = decided(Desk.publish(Desk.draft(Fixtures.AREA, List.of(), "Kept two years."), true));
        long alert = Db.count(
                "select a.id from alert a join report r on r.id = a.report_id where r.reference = ?", published);

        clock.advance(Duration.ofDays(90).minusHours(1));
        job.run();
        assertEquals(3, reports(rejected, recorded, published), "nothing goes before its time");

        clock.advance(Duration.ofHours(2));
        Map<String, Integer> counts = job.run();
        assertEquals(2, reports(rejected, recorded, published), "the rejected report went after 90 days");
        assertEquals(0, reports(rejected));
        assertTrue(counts.get("rejected-reports") >= 1, "the run counts what it deleted");

        clock.advance(Duration.ofDays(730 - 90));
        job.run();
        assertEquals(0, reports(recorded, published), "decided reports go two years after the last activity");
        assertEquals(0, Db.count("select count(*) from alert where id = ?", alert), "with their alerts");
        for (String reference : List.of(rejected, recorded, published)) {
            for (String table : Db.tables()) {
                if (table.equals("audit_entry")) {
                    continue;
                }
                for (String row : Db.strings("select t::text from \"" + table + "\" t")) {
                    assertFalse(row.contains(reference), table + " still names " + reference);
                }
            }
        }
        assertTrue(
                Db.count("select count(*) from audit_entry where action = 'RETENTION_RUN' "
                                + "and details like '%rejected-reports%' and details like '%decided-reports%'")
                        >= 3,
                "one audit entry per run, with the counts");
    }

    @Test
    void expiredStaffSessionsGoAfterTheirKeepingTime() {
        long sessions = Db.count("select count(*) from staff_session where expires_at < now() + interval '400 days'");
        clock.advance(Duration.ofDays(400));
        job.run();
        assertEquals(
                0,
                Db.count(
                        "select count(*) from staff_session where expires_at < ?",
                        java.time.OffsetDateTime.now(clock).minusDays(1)),
                "sessions expired more than a day ago are gone (" + sessions + " before)");
    }

    @Test
    void adminsSeeTheSettingsAndTheLastRun() {
        job.run();
        given().auth()
                .oauth2(StaffApi.token(StaffApi.ADMIN))
                .get("/api/v1/admin/retention")
                .then()
                .statusCode(200)
                .body(
                        "settings.kind",
                        hasItems("decided-reports", "failed-deliveries", "rejected-reports", "staff-sessions"))
                .body("settings.find { it.kind == 'rejected-reports' }.keepDays", equalTo(90))
                .body("lastRun.deleted.keySet()", hasItems("rejected-reports"));
        Desk.moderator().get("/api/v1/admin/retention").then().statusCode(403);
        PageSession.of(StaffApi.ADMIN)
                .given()
                .get("/staff/admin/retention?lang=en")
                .then()
                .statusCode(200)
                .body(containsString("id=\"retention-rejected-reports\""))
                .body(containsString("90 days"));
        PageSession.of(StaffApi.ADMIN)
                .given()
                .get("/staff/admin/retention?lang=nl")
                .then()
                .statusCode(200)
                .body(containsString("90 dagen"));
    }

    private static String decided(Map<String, Object> decision) {
        String reference = Api.submit().reference();
        Desk.moderator()
                .body(decision)
                .post(String.format(DECISION, reference))
                .then()
                .statusCode(200);
        return reference;
    }

    private static long reports(String... references) {
        return Db.count("select count(*) from report where reference = any(?)", (Object) references);
    }
}
