package org.uglymugs.keys;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uglymugs.support.Fixtures.identifier;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.uglymugs.common.crypto.CryptoConfig;
import org.uglymugs.common.crypto.HashedColumn;
import org.uglymugs.common.crypto.KeyRing;
import org.uglymugs.common.crypto.KeyedHash;
import org.uglymugs.report.api.ReceiptFormat;
import org.uglymugs.staff.StaffAccount;
import org.uglymugs.staff.StaffRowMac;
import org.uglymugs.subscription.SubscriptionHashedColumns;
import org.uglymugs.subscription.SubscriptionTokens;
import org.uglymugs.support.Checks;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.Mailbox;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.Subscribers;

/**
 * HMAC key rotation end to end ({@link HmacRotationProfile}: the usual test key active, {@code OLD}
 * listed as the previous key). The rows the test makes are first moved under the old key (as a
 * version configured with it alone would have written them: the re-hash job run with a hash that
 * holds only the old key, and the receipt and a session token re-hashed by SQL); then the check, the
 * receipt and the staff session keep working while a re-hash is cut off half-way and resumed, the
 * receipt moves on use, the counts reach 0 for everything re-hashable, and a hash holding the active
 * key alone matches every row of the test.
 */
@QuarkusTest
@TestProfile(HmacRotationProfile.class)
class HmacRotationTest {

    GreenMail mail;

    @Inject
    HmacRotation rotation;

    @Inject
    KeyedHash keyed;

    @Test
    void receiptsIdentifiersAndStaffRowsSurviveARotationAndTheOldKeyCanThenGo() {
        KeyedHash old = only(HmacRotationProfile.OLD_KEY);
        KeyedHash current = only(ConfigProvider.getConfig().getValue("uglymugs.crypto.hmac-key", String.class));
        assertEquals(List.of(current.activeKeyId(), old.activeKeyId()), keyed.keyIds());
        String oldId = old.activeKeyId();
        String newId = current.activeKeyId();

        String area = Desk.newArea("hmac");
        String subscriber = Subscribers.active(mail, Subscribers.request(Subscribers.newAddress("hmac"), area));
        String phone = "07400 " + Checks.digits();
        Desk.Filed filed = Checks.file(List.of(identifier("PHONE", phone)));
        long alert = Checks.publish(filed.reference(), List.of(area));
        Desk.Filed later = Checks.file(List.of(identifier("PHONE", phone)));
        long reportId = Db.reportId(filed.reference());
        StaffApi.Account staff = StaffApi.create(StaffApi.unique("hmac"), Set.of("MODERATOR"), Set.of());
        String session = StaffApi.login(staff);

        // Before the rotation: everything of this test under the old key.
        try {
            HmacRotation.Outcome back = rotation.rehash(old, 1000, Integer.MAX_VALUE);
            assertTrue(back.complete());
            rotate(old, filed, later, reportId, alert, staff, session, subscriber, phone);
        } finally {
            // Whatever happened, nothing stays under the old key for the classes that run after this one.
            rotation.rehash(keyed, 1000, Integer.MAX_VALUE);
        }
    }

    private void rotate(
            KeyedHash old,
            Desk.Filed filed,
            Desk.Filed later,
            long reportId,
            long alert,
            StaffApi.Account staff,
            String session,
            String subscriber,
            String phone) {
        KeyedHash current = only(ConfigProvider.getConfig().getValue("uglymugs.crypto.hmac-key", String.class));
        String oldId = old.activeKeyId();
        String newId = current.activeKeyId();
        rehashBySql("report", "receipt_hash", "receipt", ReceiptFormat.canonical(filed.receipt()), old, reportId);
        Db.execute("update report set receipt_key_id = '" + oldId + "' where id = " + reportId);
        Db.execute("update staff_session set token_hash = " + hex(old.hash("staff-session", session))
                + " where token_hash = " + hex(keyed.hash("staff-session", session)));
        assertEquals(oldId, keyIdOf("report", "receipt_key_id", reportId));
        assertEquals(oldId, keyIdOf("report", "identifiers_key_id", reportId));
        assertEquals(oldId, keyIdOf("alert", "identifiers_key_id", alert));
        assertTrue(usage("report.receipt_hash", oldId) >= 1);
        assertTrue(usage("alert_identifier.value_hash", oldId) >= 1);

        // A subscriber from before V27, under the old key: its links derived from the old key, stored
        // only hashed. At start-up they are derived once more and kept sealed.
        String address = Subscribers.newAddress("hmac-legacy");
        String legacyArea = Desk.newArea("hmac-legacy");
        long subscriberId = Subscribers.idOf(Subscribers.active(mail, Subscribers.request(address, legacyArea)));
        long generation = Db.count("select token_generation from subscriber where id = ?", subscriberId);
        SubscriptionTokens oldTokens = new SubscriptionTokens(old);
        String manage = oldTokens.manageToken(subscriberId, generation);
        String unsubscribe = oldTokens.unsubscribeToken(subscriberId, generation);
        Db.execute("update subscriber set manage_token_hash = " + hex(oldTokens.manageHash(manage))
                + ", unsubscribe_token_hash = " + hex(oldTokens.unsubscribeHash(unsubscribe))
                + ", email_hash = " + hex(oldTokens.emailHash(address))
                + ", manage_token_sealed = null, unsubscribe_token_sealed = null, hashes_key_id = null where id = "
                + subscriberId);
        assertTrue(
                Arc.container().instance(SubscriptionHashedColumns.class).get().sealLinkTokensFromBefore() >= 1);
        Subscribers.withToken(manage).get(Subscribers.ME_PATH).then().statusCode(200);
        assertTrue(usage("subscriber.hashes", HashedColumn.UNRECORDED) >= 1);

        // During the rotation (nothing re-hashed yet, then half-way): the check finds the alert, the
        // session and the receipt work.
        checkFinds(subscriber, phone, alert);
        given().auth().oauth2(session).get("/api/v1/auth/me").then().statusCode(200);
        HmacRotation.Outcome cut = rotation.rehash(keyed, 1, 2);
        assertFalse(cut.complete());
        checkFinds(subscriber, phone, alert);

        // The receipt opens the report and is re-hashed under the active key on that use.
        long receiptsUnderOld = usage("report.receipt_hash", oldId);
        given().header(Fixtures.RECEIPT_HEADER, filed.receipt())
                .get(Fixtures.MY_REPORT_PATH)
                .then()
                .statusCode(200)
                .body(containsString(filed.reference()));
        assertEquals(newId, keyIdOf("report", "receipt_key_id", reportId));
        assertEquals(receiptsUnderOld - 1, usage("report.receipt_hash", oldId));
        assertEquals(
                HexFormat.of().formatHex(current.hash("receipt", ReceiptFormat.canonical(filed.receipt()))),
                Db.strings("select encode(receipt_hash, 'hex') from report where id = ?", reportId)
                        .get(0));

        // Resumed: a new run finds what is left in the data itself; one audit entry for the run.
        HmacRotation.Outcome rest = rotation.run("hmac-test");
        assertTrue(rest.complete());
        assertEquals(
                1, Db.count("select count(*) from audit_entry where action = 'KEYS_REHASHED' and actor = 'hmac-test'"));
        for (String column : List.of(
                "report_identifier.value_hash",
                "alert_identifier.value_hash",
                "subscriber.hashes",
                "audit_report_key.reference_hash")) {
            assertEquals(0L, usage(column, oldId), column + " still under the old key");
        }
        assertEquals(0L, usage("staff_account.row_mac", oldId));

        // The active key alone now matches this test's rows: the old key is needed by none of them.
        assertEquals(newId, keyIdOf("report", "identifiers_key_id", reportId));
        assertEquals(newId, keyIdOf("alert", "identifiers_key_id", alert));
        assertEquals(
                2,
                Db.count("select count(*) from report_identifier ri join report r on r.id = ri.report_id"
                        + " where r.reference in ('" + filed.reference() + "', '" + later.reference() + "')"
                        + " and r.identifiers_key_id = '" + newId + "'"));
        checkFinds(subscriber, phone, alert);
        Desk.moderator()
                .get("/api/v1/moderation/reports/" + later.reference())
                .then()
                .statusCode(200)
                .body("report.linkedReports.reference", hasItem(filed.reference()));
        StaffApi.login(staff);
        given().auth().oauth2(session).get("/api/v1/auth/me").then().statusCode(200);

        // The subscriber's links from before still work, and the mails written now carry the same ones.
        assertEquals(newId, keyIdOf("subscriber", "hashes_key_id", subscriberId));
        SubscriptionTokens newTokens = new SubscriptionTokens(current);
        assertEquals(
                HexFormat.of().formatHex(newTokens.manageHash(manage)),
                Db.strings("select encode(manage_token_hash, 'hex') from subscriber where id = ?", subscriberId)
                        .get(0),
                "the link from before is found under the new key alone");
        // Every staff row valid before is valid under the new key alone.
        StaffRowMac newMacs = new StaffRowMac(current);
        StaffRowMac configured = Arc.container().instance(StaffRowMac.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            for (StaffAccount account : StaffAccount.<StaffAccount>listAll()) {
                assertEquals(configured.valid(account), newMacs.valid(account), "staff row " + account.id);
            }
        });
        Subscribers.withToken(manage).get(Subscribers.ME_PATH).then().statusCode(200);
        Checks.publish(
                Checks.file(List.of(identifier("PHONE", "07400 " + Checks.digits())))
                        .reference(),
                List.of(legacyArea));
        MimeMessage alertMail = Mailbox.await(mail, address, 2).get(1);
        assertEquals(manage, Mailbox.linkParam(alertMail, "token"));
        assertTrue(Mailbox.text(alertMail).contains(unsubscribe), "the mail's unsubscribe link is the one from before");
        given().contentType("application/x-www-form-urlencoded")
                .formParam("List-Unsubscribe", "One-Click")
                .queryParam("token", unsubscribe)
                .post(Subscribers.UNSUBSCRIBE_PATH)
                .then()
                .statusCode(204);
        assertEquals(0, Db.count("select count(*) from subscriber where id = ?", subscriberId));

        // The admins see it: per HMAC key id, what still needs it.
        given().auth()
                .oauth2(StaffApi.token(StaffApi.ADMIN))
                .get("/api/v1/admin/keys")
                .then()
                .statusCode(200)
                .body(
                        "activeKeyId",
                        equalTo(ConfigProvider.getConfig().getValue("uglymugs.crypto.active-key-id", String.class)))
                .body("hmac.activeKeyId", equalTo(newId))
                .body("hmac.keys.find { it.keyId == '" + oldId + "' }.configured", equalTo(true))
                .body("hmac.keys.find { it.keyId == '" + newId + "' }.active", equalTo(true))
                .body("hmac.columns.'report.receipt_hash'.'" + newId + "'", org.hamcrest.Matchers.greaterThan(0))
                // deploy/rotate-keys.sh takes what precedes "hmac" for the AES part.
                .body(org.hamcrest.Matchers.matchesPattern(
                        "(?s)\\{\"activeKeyId\".*\"keys\":\\[.*\"lastRun\".*\"hmac\":\\{.*"));
    }

    private void checkFinds(String subscriber, String phone, long alert) {
        Checks.check(subscriber, "PHONE", phone)
                .statusCode(200)
                .body("matches", equalTo(1))
                .body("alerts", contains((int) alert));
    }

    private long usage(String column, String keyId) {
        return Optional.ofNullable(rotation.usage().columns().get(column))
                .map(c -> c.getOrDefault(keyId, 0L))
                .orElse(0L);
    }

    private static String keyIdOf(String table, String column, long id) {
        return Db.strings("select " + column + " from " + table + " where id = ?", id)
                .get(0);
    }

    private static void rehashBySql(
            String table, String column, String purpose, String value, KeyedHash under, long id) {
        Db.execute(
                "update " + table + " set " + column + " = " + hex(under.hash(purpose, value)) + " where id = " + id);
    }

    private static String hex(byte[] value) {
        return "decode('" + HexFormat.of().formatHex(value) + "', 'hex')";
    }

    /** A keyed hash holding this one HMAC key (and the test profile's AES keys). */
    private static KeyedHash only(String hmacKey) {
        String keys = ConfigProvider.getConfig().getValue("uglymugs.crypto.keys", String.class);
        String active = ConfigProvider.getConfig().getValue("uglymugs.crypto.active-key-id", String.class);
        return new KeyedHash(KeyRing.from(new Config(active, keys, hmacKey), false));
    }

    record Config(String activeKeyId, String keys, String hmacKey) implements CryptoConfig {
        @Override
        public Optional<String> hmacPreviousKeys() {
            return Optional.empty();
        }
    }
}
