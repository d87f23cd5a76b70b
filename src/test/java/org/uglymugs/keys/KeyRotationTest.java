package org.uglymugs.keys;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.uglymugs.common.crypto.Cell;
import org.uglymugs.common.crypto.CryptoConfig;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.crypto.KeyRing;
import org.uglymugs.common.crypto.SealedColumn;
import org.uglymugs.common.crypto.SqlSealedColumn;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Desk.Filed;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.Subscribers;

/**
 * AES key rotation end to end. The test profile configures two keys, {@code t1} and {@code t2}, with
 * {@code t2} active: the state after an operator added the new key and restarted. The rows the test
 * makes are first moved under {@code t1} (as a version configured with {@code t1} active would have
 * written them); then a re-seal is cut off half-way, as a crash would leave it, resumed, and every
 * row is read back through the application and opened by a cipher that holds {@code t2} alone.
 */
@QuarkusTest
class KeyRotationTest {

    private static final String SAFE = "Booked an outcall, refused to pay and became violent when asked.";
    private static final String REASON = "Duplicate of an older alert about the same man";

    /** Every master-sealed column and the SQL of its cell's row key, as the features bind them. */
    private static final Map<String, String> ROW_KEYS = Map.ofEntries(
            Map.entry("alert.content_sealed", "id::text"),
            Map.entry("alert.retraction_reason_sealed", "id::text"),
            Map.entry("alert_version.content_sealed", "id::text"),
            Map.entry("alert_version.reason_sealed", "id::text"),
            Map.entry("audit_report_key.reference_sealed", "id::text"),
            Map.entry("audit_report_key.secret_sealed", "id::text"),
            Map.entry("confirmation_mail.token_sealed", "subscriber_id::text"),
            Map.entry("report_key.key_wrapped", "report_id::text"),
            Map.entry("staff_account.totp_sealed", "lower(btrim(username))"),
            Map.entry("staff_account.totp_pending_sealed", "lower(btrim(username))"),
            Map.entry("subscriber.email_sealed", "id::text"),
            Map.entry("subscriber.manage_token_sealed", "id::text"),
            Map.entry("subscriber.unsubscribe_token_sealed", "id::text"),
            Map.entry("subscriber.note_sealed", "id::text"));

    @Inject
    KeyRotation rotation;

    @Inject
    FieldCipher cipher;

    @Inject
    AgroalDataSource db;

    @Test
    void aRotationCutOffHalfWayResumesAndLeavesNothingUnderTheOldKey() throws SQLException {
        assertEquals("t2", cipher.activeKeyId());
        Filed filed = Desk.file(Fixtures.reportWithContact());
        long alert = Desk.publishAlert(filed.reference(), SAFE);
        Desk.moderator()
                .body(Map.of("reason", REASON))
                .post("/api/v1/moderation/alerts/" + alert + "/retract")
                .then()
                .statusCode(200);
        given().header(Fixtures.RECEIPT_HEADER, filed.receipt())
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Fixtures.message(Fixtures.MESSAGE))
                .post(Fixtures.MY_MESSAGES_PATH)
                .then()
                .statusCode(201);
        subscribeAndHoldTheMail("rotate");
        StaffApi.Account staff = StaffApi.create(StaffApi.unique("rotate"), Set.of("MODERATOR"), Set.of());

        // Before the rotation: everything under t1. Values that do not open for their row, or staff
        // rows failing their MAC (other test classes make such rows on purpose), stay where they are.
        KeyRotation.Outcome back = rotation.reseal(ring("t1"), 1000, Integer.MAX_VALUE);
        assertTrue(back.complete());
        assertEquals((long) back.left(), under("t2"), () -> "still under t2: " + usage());
        long stored = under("t1");
        assertTrue(stored >= 8, () -> "too few sealed values to rotate: " + usage());

        // Cut off after three batches of two, as a crash would leave it: committed batches stay.
        KeyRotation.Outcome cut = rotation.reseal(cipher, 2, 3);
        assertFalse(cut.complete());
        assertTrue(cut.resealed() > 0 && cut.resealed() <= 6, () -> "re-sealed " + cut);
        assertEquals(stored - cut.resealed(), under("t1"));

        // Resumed: a new run finds what is still under t1 in the data itself.
        KeyRotation.Outcome rest = rotation.run("rotation-test");
        assertTrue(rest.complete());
        assertEquals(stored - cut.resealed() - rest.left(), rest.resealed());
        assertEquals((long) rest.left(), under("t1"), () -> "still under t1: " + usage());
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_entry where action = 'KEYS_RESEALED' and actor = ?",
                        "rotation-test"));

        // Read back through the application: the report (its data key re-wrapped), logins (TOTP
        // secrets re-sealed, row MACs renewed).
        given().header(Fixtures.RECEIPT_HEADER, filed.receipt())
                .get(Fixtures.MY_REPORT_PATH)
                .then()
                .statusCode(200)
                .body(containsString(Fixtures.MESSAGE));
        Desk.moderator()
                .get("/api/v1/moderation/reports/" + filed.reference())
                .then()
                .statusCode(200)
                .body(containsString(Fixtures.ACCOUNT));
        StaffApi.login(StaffApi.ADMIN);
        StaffApi.login(staff);

        // t1 can go: a cipher holding t2 alone opens every sealed value, each in its own cell; the
        // only ones that do not are those the job left (and said so).
        FieldCipher onlyT2 = new FieldCipher(KeyRing.from(config("t2", "t2"), false));
        long reportId = Db.reportId(filed.reference());
        Set<String> ours = new TreeSet<>(List.of(
                "report_key:" + reportId,
                "alert:" + alert,
                "staff_account:" + staff.username().strip().toLowerCase(java.util.Locale.ROOT)));
        Db.strings("select id::text from alert_version where alert_id = ?", alert)
                .forEach(v -> ours.add("alert_version:" + v));
        int opened = 0;
        List<String> failed = new ArrayList<>();
        for (String name : ROW_KEYS.keySet()) {
            opened += openEvery(onlyT2, name, failed);
        }
        assertTrue(opened >= ours.size() + 3, () -> "opened " + ROW_KEYS.size());
        assertTrue(failed.size() <= back.left() + rest.left(), () -> "did not open: " + failed.size());
        assertTrue(failed.stream().noneMatch(ours::contains), "a value of this test's rows did not open");
        assertEquals(0L, under("t1") - rest.left());

        // A second run has nothing to do.
        assertEquals(0, rotation.reseal(cipher, 200, Integer.MAX_VALUE).resealed());
    }

    @Test
    void aBatchThatFailsHalfWayIsRolledBackWholeAndTheNextRunFinishesIt() {
        for (int i = 0; i < 3; i++) {
            subscribeAndHoldTheMail("rotate-crash");
        }
        rotation.reseal(ring("t1"), 1000, Integer.MAX_VALUE);
        long subscribers = column("subscriber.email_sealed", "t1");
        assertTrue(subscribers >= 3);
        // The database fails the third subscriber re-sealed in a batch, as a crash in mid-batch would.
        Db.execute("create or replace function test_fail_reseal() returns trigger language plpgsql as $$ begin "
                + "if (select count(*) from test_reseal_seen) >= 2 then raise exception 'injected failure'; end if; "
                + "insert into test_reseal_seen values (1); return new; end $$");
        Db.execute("create table test_reseal_seen (n int)");
        Db.execute("create trigger test_fail_reseal before update of email_sealed on subscriber "
                + "for each row execute function test_fail_reseal()");
        try {
            assertThrows(RuntimeException.class, () -> rotation.reseal(cipher, 200, Integer.MAX_VALUE));
        } finally {
            Db.execute("drop trigger test_fail_reseal on subscriber");
            Db.execute("drop function test_fail_reseal()");
            Db.execute("drop table test_reseal_seen");
        }
        // The columns before it are done; of the failed batch, nothing is committed.
        assertEquals(0L, column("report_key.key_wrapped", "t1"));
        assertEquals(0L, column("staff_account.totp_sealed", "t1"));
        assertEquals(subscribers, column("subscriber.email_sealed", "t1"));

        KeyRotation.Outcome resumed = rotation.run("rotation-crash-test");
        assertTrue(resumed.complete());
        assertEquals((long) resumed.left(), under("t1"), () -> "still under t1: " + usage());
        assertEquals(0L, column("subscriber.email_sealed", "t1"));
    }

    @Test
    void aRowARequestHoldsIsCountedAsLeftAndTheNextRunReSealsIt() throws SQLException {
        subscribeAndHoldTheMail("rotate-locked");
        rotation.reseal(ring("t1"), 1000, Integer.MAX_VALUE);
        String held = Db.strings("select id::text from subscriber where email_sealed is not null and "
                        + SqlSealedColumn.keyIdSql("email_sealed") + " = 't1' order by id limit 1")
                .get(0);
        KeyRotation.Outcome whileHeld;
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock =
                    c.prepareStatement("select id from subscriber where id = ?::bigint for update")) {
                lock.setString(1, held);
                lock.executeQuery().close();
            }
            whileHeld = rotation.reseal(cipher, 200, Integer.MAX_VALUE);
            c.rollback();
        }
        // Skipped, not lost: the run says what is still under an old key, the held row among them.
        assertTrue(whileHeld.complete());
        assertTrue(whileHeld.left() >= 1, () -> "left " + whileHeld);
        assertEquals((long) whileHeld.left(), under("t1"), () -> "still under t1: " + usage());
        assertEquals(
                1,
                Db.count(
                        "select count(*) from subscriber where id = ?::bigint and "
                                + SqlSealedColumn.keyIdSql("email_sealed") + " = 't1'",
                        held));

        KeyRotation.Outcome after = rotation.reseal(cipher, 200, Integer.MAX_VALUE);
        assertTrue(after.resealed() >= 1);
        assertEquals(
                0,
                Db.count(
                        "select count(*) from subscriber where id = ?::bigint and "
                                + SqlSealedColumn.keyIdSql("email_sealed") + " = 't1'",
                        held));
    }

    @Test
    void everySealedColumnOfTheSchemaIsRotatedOrUnderAReportsDataKey() throws SQLException {
        Set<String> rotated =
                rotation.columns().stream().map(SealedColumn::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(ROW_KEYS.keySet()), rotated);
        Desk.file(Fixtures.reportWithContact());
        // A value under the master key starts with format byte 2; under a report's data key with 3.
        List<String> masterSealed = new ArrayList<>();
        for (String column : sealedColumnsOfTheSchema()) {
            String[] tc = column.split("\\.");
            long n = Db.count("select count(*) from " + tc[0] + " where " + tc[1] + " is not null and get_byte(" + tc[1]
                    + ", 0) = 2");
            if (n > 0) {
                masterSealed.add(column);
            }
        }
        assertTrue(
                rotated.containsAll(masterSealed), () -> "sealed under the master key, not rotated: " + masterSealed);
    }

    @Test
    void theAdminSeesTheCountsAndStartsARunInTheBackground() {
        String admin = StaffApi.token(StaffApi.ADMIN);
        given().auth()
                .oauth2(admin)
                .get("/api/v1/admin/keys")
                .then()
                .statusCode(200)
                .body("activeKeyId", org.hamcrest.Matchers.equalTo("t2"))
                .body("keys.keyId", org.hamcrest.Matchers.hasItems("t1", "t2"));
        given().auth().oauth2(admin).post("/api/v1/admin/keys/reseal").then().statusCode(202);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> given().auth()
                                .oauth2(admin)
                                .get("/api/v1/admin/keys")
                                .then()
                                .extract()
                                .path("lastRun.finishedAt")
                        != null);
        given().auth()
                .oauth2(StaffApi.token(StaffApi.MODERATOR))
                .post("/api/v1/admin/keys/reseal")
                .then()
                .statusCode(403);
    }

    /**
     * Subscribes, then puts the confirmation mail off by a day if the sender has not taken it yet:
     * the sender holds its row while it sends and then deletes it, which would change the counts
     * under the test's feet. The update waits for a send in progress to end.
     */
    private static void subscribeAndHoldTheMail(String prefix) {
        List<String> before = Db.strings("select subscriber_id::text from confirmation_mail");
        Subscribers.subscribe(Subscribers.request(Subscribers.newAddress(prefix), Fixtures.AREA));
        List<String> queued = new ArrayList<>(Db.strings("select subscriber_id::text from confirmation_mail"));
        queued.removeAll(before);
        for (String id : queued) {
            Db.execute("update confirmation_mail set next_attempt_at = now() + interval '1 day' where subscriber_id = "
                    + Long.parseLong(id));
        }
    }

    private long column(String name, String keyId) {
        return rotation.usage().columns().get(name).getOrDefault(keyId, 0L);
    }

    private long under(String keyId) {
        return usage().getOrDefault(keyId, 0L);
    }

    private Map<String, Long> usage() {
        return rotation.usage().keys().stream()
                .collect(Collectors.toMap(KeysView.KeyUse::keyId, KeysView.KeyUse::values));
    }

    /** Opens every value of {@code name}; the ones that fail are added to {@code failed} as table:row. */
    private int openEvery(FieldCipher with, String name, List<String> failed) throws SQLException {
        String[] tc = name.split("\\.");
        int n = 0;
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select " + ROW_KEYS.get(name) + ", " + tc[1] + " from "
                        + tc[0] + " where " + tc[1] + " is not null");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                try {
                    with.open(rs.getBytes(2), new Cell(tc[0], tc[1], rs.getString(1)));
                    n++;
                } catch (IllegalStateException e) {
                    failed.add(tc[0] + ":" + rs.getString(1));
                }
            }
        }
        return n;
    }

    private List<String> sealedColumnsOfTheSchema() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select table_name, column_name from information_schema.columns"
                                + " where table_schema = 'public' and data_type = 'bytea'"
                                + " and (column_name like '%sealed' or column_name like '%wrapped')");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                columns.add(rs.getString(1) + "." + rs.getString(2));
            }
        }
        return columns;
    }

    /** A cipher over the test profile's keys with {@code active} sealing new values. */
    private static FieldCipher ring(String active) {
        return new FieldCipher(KeyRing.from(config(active, null), false));
    }

    private static CryptoConfig config(String active, String only) {
        var config = ConfigProvider.getConfig();
        String keys = config.getValue("uglymugs.crypto.keys", String.class);
        String kept = only == null
                ? keys
                : java.util.Arrays.stream(keys.split(","))
                        .filter(k -> k.startsWith(only + ":"))
                        .collect(Collectors.joining(","));
        String hmac = config.getValue("uglymugs.crypto.hmac-key", String.class);
        return new CryptoConfig() {
            @Override
            public String activeKeyId() {
                return active;
            }

            @Override
            public String keys() {
                return kept;
            }

            @Override
            public String hmacKey() {
                return hmac;
            }

            @Override
            public java.util.Optional<String> hmacPreviousKeys() {
                return java.util.Optional.empty();
            }
        };
    }
}
