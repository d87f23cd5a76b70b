package org.uglymugs.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Desk.Filed;
import org.uglymugs.support.Fixtures;

/**
 * A reporter's consent withdrawal racing a moderator: the test holds a row lock, as a slow
 * transaction would, until both requests wait on it, then lets go. Neither answer is a 500, and the
 * withdrawal always wins: the alert ends retracted, its versions numbered without a gap.
 */
@QuarkusTest
class AlertConcurrencyTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SAFE = "Booked an outcall, refused to pay and became violent when asked.";

    /** A connection of its own, outside the application's pool, holding its locks until it rolls back. */
    private static Connection lockHolder() throws SQLException {
        var config = ConfigProvider.getConfig();
        Connection c = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
        c.setAutoCommit(false);
        return c;
    }

    private static long waitingOnLocks() {
        return Db.count("select count(*) from pg_stat_activity where datname = current_database()"
                + " and wait_event_type = 'Lock'");
    }

    private static CompletableFuture<Integer> withdraw(Filed filed) {
        return CompletableFuture.supplyAsync(() -> given().header(Fixtures.RECEIPT_HEADER, filed.receipt())
                .contentType(ContentType.JSON)
                .body(Map.of("consents", Fixtures.consents(false, true, false, false, false)))
                .put(Fixtures.MY_CONSENTS_PATH)
                .statusCode());
    }

    private static void assertRetractedWithoutGaps(long alert) {
        assertEquals(List.of("RETRACTED"), Db.strings("select status from alert where id = ?", alert));
        List<String> versions =
                Db.strings("select version::text from alert_version where alert_id = ? order by version", alert);
        for (int i = 0; i < versions.size(); i++) {
            assertEquals(Integer.toString(i + 1), versions.get(i), () -> "versions " + versions);
        }
        assertEquals(
                List.of("RETRACTED"),
                Db.strings("select status from alert_version where alert_id = ? order by version desc limit 1", alert));
    }

    @Test
    void aModeratorsUpdateAndAWithdrawalAtOnceEndRetractedAndNeverInA500() throws Exception {
        Filed filed = Desk.file(Fixtures.report());
        long alert = Desk.publishAlert(filed.reference(), SAFE);
        CompletableFuture<Integer> update;
        CompletableFuture<Integer> withdrawal;
        try (Connection holder = lockHolder();
                Statement s = holder.createStatement()) {
            s.execute("select id from alert where id = " + alert + " for update");
            long before = waitingOnLocks();
            update = CompletableFuture.supplyAsync(() -> Desk.moderator()
                    .body(Map.of(
                            "alert",
                            Desk.draft(Fixtures.AREA, List.of(), SAFE + " He came back."),
                            "override",
                            List.of()))
                    .post("/api/v1/moderation/alerts/" + alert + "/update")
                    .statusCode());
            await().atMost(WAIT).until(() -> waitingOnLocks() >= before + 1);
            withdrawal = withdraw(filed);
            await().atMost(WAIT).until(() -> waitingOnLocks() >= before + 2);
            holder.rollback();
        }
        int updated = update.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(200, withdrawal.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertTrue(updated == 200 || updated == 409, () -> "update answered " + updated);
        assertRetractedWithoutGaps(alert);
    }

    /**
     * A withdrawal and a publication of the same report at once: whichever reaches the report row
     * first, the withdrawal is never lost (no 409, no 500): either the publication is refused (409,
     * the report changed meanwhile) or it went out first and the withdrawal retracted it.
     */
    @Test
    void aWithdrawalRacingAPublicationIsNeverLost() throws Exception {
        Filed filed = Desk.file(Fixtures.report());
        long report = Db.reportId(filed.reference());
        CompletableFuture<Integer> publish;
        CompletableFuture<Integer> withdrawal;
        try (Connection holder = lockHolder();
                Statement s = holder.createStatement()) {
            s.execute("select id from report where id = " + report + " for update");
            long before = waitingOnLocks();
            publish = CompletableFuture.supplyAsync(() -> Desk.moderator()
                    .body(Desk.publish(Desk.draft(Fixtures.AREA, List.of(), SAFE), List.of()))
                    .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                    .statusCode());
            await().atMost(WAIT).until(() -> waitingOnLocks() >= before + 1);
            withdrawal = withdraw(filed);
            await().atMost(WAIT).until(() -> waitingOnLocks() >= before + 2);
            holder.rollback();
        }
        int published = publish.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(200, withdrawal.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertTrue(published == 200 || published == 409, () -> "publication answered " + published);
        assertEquals(
                List.of("false"), Db.strings("select consent_alert_others::text from report where id = ?", report));
        assertEquals(
                0,
                Db.count("select count(*) from alert where report_id = ? and status <> 'RETRACTED'", report),
                "no live alert after the withdrawal");
        for (String alert : Db.strings("select id::text from alert where report_id = ?", report)) {
            assertRetractedWithoutGaps(Long.parseLong(alert));
        }
    }

    /** L8: a moderator's retraction reason is sealed in both tables, and shown opened. */
    @Test
    void aRetractionReasonIsSealedAndShownOpened() {
        Filed filed = Desk.file(Fixtures.report());
        long alert = Desk.publishAlert(filed.reference(), SAFE);
        String reason = "Duplicate of the alert about the man at the Kestrel Hotel";
        Desk.moderator()
                .body(Map.of("reason", reason))
                .post("/api/v1/moderation/alerts/" + alert + "/retract")
                .then()
                .statusCode(200)
                .body("retractionReason", org.hamcrest.Matchers.equalTo(reason));
        for (String row : Db.allRowsAsText()) {
            assertTrue(!row.contains("Kestrel"), () -> "a retraction reason in clear: " + row);
        }
    }
}
