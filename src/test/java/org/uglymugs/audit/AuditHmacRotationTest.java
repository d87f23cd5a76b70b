package org.uglymugs.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.crypto.CryptoConfig;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.crypto.HashedColumn;
import org.uglymugs.common.crypto.KeyRing;
import org.uglymugs.common.crypto.KeyedHash;
import org.uglymugs.keys.HmacRotationProfile;
import org.uglymugs.support.Api;
import org.uglymugs.support.Db;

/**
 * The audit chain through an HMAC key rotation ({@link HmacRotationProfile}: the usual key active, an
 * old one listed as previous). The head is first an entry chained under the old key, as the version
 * before the rotation wrote it; it still verifies while the old key is configured; the next append
 * signs a key-change anchor at it; and a chain holding the active key alone verifies from that anchor
 * on, so the old key can be retired without the chain reading as broken.
 */
@QuarkusTest
@TestProfile(HmacRotationProfile.class)
class AuditHmacRotationTest {

    @Inject
    AuditLog audit;

    @Inject
    KeyedHash keyed;

    @Inject
    AgroalDataSource db;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    ReportPseudonyms pseudonyms;

    @Inject
    AuditHashedColumns hashedColumns;

    @Inject
    PseudonymKeys pseudonymKeys;

    @Inject
    FieldCipher cipher;

    @Test
    void entriesUnderTheOldKeyVerifyAndTheChangeIsAnchoredSoTheOldKeyCanGo() throws SQLException {
        KeyedHash old = only(HmacRotationProfile.OLD_KEY);
        KeyedHash current = only(ConfigProvider.getConfig().getValue("uglymugs.crypto.hmac-key", String.class));
        long entry = appendUnder(AuditChain.of(old));

        AuditChain both = audit.chain();
        assertEquals(Optional.of(old.activeKeyId()), keyOf(both, entry), "the old entry verifies under the old key");
        assertEquals(Optional.empty(), keyOf(AuditChain.of(current), entry), "the new key alone cannot verify it");

        // The next append (after a restart: here, asked to look again) anchors the change first.
        audit.recheckChainKey();
        QuarkusTransaction.requiringNew()
                .run(() -> audit.record("hmac-audit-test", AuditAction.KEYS_REHASHED, "keys", Map.of()));
        String kind = AuditAnchors.KEY_CHANGE + old.activeKeyId() + ">" + current.activeKeyId();
        assertEquals(1, Db.count("select count(*) from audit_anchor where kind = ? and after_id = ?", kind, entry));
        long after = Db.count("select min(id) from audit_entry where id > ?", entry);
        assertEquals(Optional.of(current.activeKeyId()), keyOf(both, after));

        // While the old key is configured, verification does not start at that anchor (the entries
        // before it still verify); with the active key alone it does, and what follows is intact.
        assertTrue(
                QuarkusTransaction.requiringNew().call(audit.anchors()::start).afterId() < entry,
                "the old key still verifies the entries before the change");
        AuditLog onlyCurrent =
                new AuditLog(em, json, clock, current, pseudonyms, new AuditEntries(em, json, pseudonyms));
        AuditAnchors.Anchor start = QuarkusTransaction.requiringNew().call(onlyCurrent.anchors()::start);
        assertEquals(kind, start.kind());
        assertEquals(entry, start.afterId());
        AuditVerification verified = QuarkusTransaction.requiringNew().call(onlyCurrent.anchors()::check);
        assertTrue(verified.intact(), () -> "broken at " + verified.firstBrokenId());
        assertTrue(verified.entriesChecked() >= 1);
    }

    @Test
    void aReportsPseudonymOutlivesTheHmacKeyItWasMadeUnder() {
        KeyedHash old = only(HmacRotationProfile.OLD_KEY);
        KeyedHash current = only(ConfigProvider.getConfig().getValue("uglymugs.crypto.hmac-key", String.class));
        String reference = Api.submit().reference();
        QuarkusTransaction.requiringNew()
                .run(() -> audit.record("pseudonym-test", AuditAction.REPORT_VIEWED, reference, Map.of()));
        String pseudonym = audit.pseudonymOf(reference).orElseThrow();
        try {
            // As a version with the old key active left it: the row's reference hash under the old key.
            rehashAll(old);
            assertTrue(usage(old.activeKeyId()) >= 1);
            assertEquals(Optional.of(pseudonym), audit.pseudonymOf(reference), "found under the old key");
        } finally {
            rehashAll(keyed);
        }
        assertEquals(0L, usage(old.activeKeyId()), "nothing needs the old key");
        QuarkusTransaction.requiringNew()
                .run(() -> audit.record("pseudonym-test", AuditAction.REPORT_CLAIMED, reference, Map.of()));
        assertEquals(Optional.of(pseudonym), pseudonymUnderOnly(current, reference), "the old key is not needed");
        assertEquals(
                2,
                Db.count("select count(*) from audit_entry where actor = 'pseudonym-test' and target = ?", pseudonym));
    }

    @Test
    void aKeyFromBeforeV28IsCompletedOnUseAndKeepsItsPseudonymThroughTheRotation() {
        KeyedHash old = only(HmacRotationProfile.OLD_KEY);
        KeyedHash current = only(ConfigProvider.getConfig().getValue("uglymugs.crypto.hmac-key", String.class));
        String reference = Api.submit().reference();
        // The report's row as a version before V28 wrote it, under the old key: a random key, no secret kept.
        byte[] randomKey = new byte[32];
        new SecureRandom().nextBytes(randomKey);
        for (byte[] hash : keyed.candidates(PseudonymKeys.REFERENCE_KEY, reference)) {
            Db.execute("delete from audit_report_key where reference_hash = " + hex(hash));
        }
        Db.execute("insert into audit_report_key (reference_hash, pseudonym_key) values ("
                + hex(old.hash(PseudonymKeys.REFERENCE_KEY, reference)) + ", " + hex(randomKey) + ")");
        String legacy = ReportPseudonyms.pseudonym(
                old.hash("audit-report-pseudonym", Base64.getEncoder().encodeToString(randomKey)), reference);
        assertEquals(Optional.of(legacy), audit.pseudonymOf(reference), "derived as before");
        assertTrue(QuarkusTransaction.requiringNew().call(pseudonymKeys::awaitsReferences));

        // The next entry naming the report completes its row; the re-hash then moves it.
        QuarkusTransaction.requiringNew()
                .run(() -> audit.record("pseudonym-test", AuditAction.REPORT_VIEWED, reference, Map.of()));
        assertEquals(1, Db.count("select count(*) from audit_entry where target = ?", legacy));
        rehashAll(keyed);
        assertEquals(Optional.of(legacy), pseudonymUnderOnly(current, reference));
        assertEquals(
                List.of(current.activeKeyId()),
                Db.strings("select hmac_key_id from audit_report_key where reference_hash = "
                        + hex(current.hash(PseudonymKeys.REFERENCE_KEY, reference))));
    }

    /** What the report's pseudonym is for a log that holds only {@code hmac}. */
    private Optional<String> pseudonymUnderOnly(KeyedHash hmac, String reference) {
        ReportPseudonyms only = new ReportPseudonyms(em, hmac, new PseudonymKeys(em, hmac, cipher));
        return QuarkusTransaction.requiringNew().call(() -> only.of(reference));
    }

    private void rehashAll(KeyedHash with) {
        HashedColumn column = hashedColumns.hashedColumns().get(0);
        HashedColumn.Batch batch =
                QuarkusTransaction.requiringNew().call(() -> column.rehash(with, 0, Integer.MAX_VALUE));
        assertTrue(batch.left() == 0, () -> batch.left() + " row(s) left");
    }

    private long usage(String keyId) {
        HashedColumn column = hashedColumns.hashedColumns().get(0);
        return QuarkusTransaction.requiringNew()
                .call(() -> column.countByKeyId().getOrDefault(keyId, 0L));
    }

    private static String hex(byte[] bytes) {
        return "decode('" + HexFormat.of().formatHex(bytes) + "', 'hex')";
    }

    /** Appends one entry at the head under {@code chain}, holding the chain lock as the log does; its id. */
    private long appendUnder(AuditChain chain) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, AuditLog.CHAIN_LOCK);
                lock.execute();
            }
            byte[] previous;
            try (PreparedStatement head = c.prepareStatement("select hash from audit_entry order by id desc limit 1");
                    ResultSet rs = head.executeQuery()) {
                previous = rs.next() ? rs.getBytes(1) : AuditChain.GENESIS;
            }
            long id;
            try (PreparedStatement seq = c.prepareStatement("select nextval('audit_entry_seq')");
                    ResultSet rs = seq.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
            String details = "{}";
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into audit_entry (id, at, actor, action, target, details, prev_hash, hash)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setObject(2, at.atOffset(ZoneOffset.UTC));
                insert.setString(3, "before-rotation");
                insert.setString(4, AuditAction.AUDIT_VERIFIED.name());
                insert.setString(5, null);
                insert.setString(6, details);
                insert.setBytes(7, previous);
                insert.setBytes(8, chain.hash(previous, id, at, "before-rotation", "AUDIT_VERIFIED", null, details));
                insert.executeUpdate();
            }
            c.commit();
            return id;
        }
    }

    /** Which key of {@code chain} the stored entry verifies under. */
    private Optional<String> keyOf(AuditChain chain, long id) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select at, actor, action, target, details, prev_hash, hash from audit_entry where id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return chain.keyIdOf(
                        rs.getBytes(7),
                        rs.getBytes(6),
                        id,
                        rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5));
            }
        }
    }

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
