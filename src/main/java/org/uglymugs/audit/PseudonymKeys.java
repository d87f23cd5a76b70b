package org.uglymugs.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.uglymugs.common.audit.AuditReferences;
import org.uglymugs.common.crypto.Cell;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.crypto.KeyedHash;

/**
 * The rows of {@code audit_report_key}: one per report the log has named, found by the keyed hash of
 * its reference under any configured HMAC key. A row keeps, sealed under the AES key bound to it, the
 * report's pseudonym secret (derived once from a random key and the HMAC key of the day) and its
 * reference; so HMAC key rotation re-hashes {@code reference_hash} and the report's pseudonyms stay
 * the ones the log already holds after the old key is retired. Rows from before V28 have neither until
 * they are completed (on the next entry naming the report, or from the live reports at start-up);
 * until then their secret is derived again under the key their hash is under. In the caller's
 * transaction.
 */
@ApplicationScoped
class PseudonymKeys implements AuditReferences {

    static final String REFERENCE_KEY = "audit-report-key";

    private static final String TABLE = "audit_report_key";
    private static final String SECRET_KEY = "audit-report-pseudonym";

    private final EntityManager em;
    private final KeyedHash keyed;
    private final FieldCipher cipher;
    private final SecureRandom random = new SecureRandom();

    PseudonymKeys(EntityManager em, KeyedHash keyed, FieldCipher cipher) {
        this.em = em;
        this.keyed = keyed;
        this.cipher = cipher;
    }

    /** A row: its id, the HMAC key its reference hash is under, its random key, and what it keeps sealed. */
    record Row(long id, String hmacKeyId, byte[] randomKey, byte[] secretSealed, byte[] referenceSealed) {
        boolean complete() {
            return secretSealed != null && referenceSealed != null;
        }
    }

    /** The report's row, under whichever configured HMAC key its reference hash is (the active one first). */
    Optional<Row> find(String reference) {
        List<byte[]> hashes = keyed.candidates(REFERENCE_KEY, reference);
        List<String> ids = keyed.keyIds();
        for (int i = 0; i < hashes.size(); i++) {
            Optional<Row> row = byHash(hashes.get(i), ids.get(i));
            if (row.isPresent()) {
                return row;
            }
        }
        return Optional.empty();
    }

    /** The report's row, made on first use; a row from before V28 is completed. */
    Row findOrMake(String reference) {
        Row row = find(reference).orElseGet(() -> make(reference));
        if (!row.complete()) {
            complete(row, reference);
        }
        return row;
    }

    /** The row's pseudonym secret: kept sealed, or (a row from before V28) derived as it was then. */
    byte[] secret(Row row) {
        if (row.secretSealed() != null) {
            return Base64.getDecoder().decode(cipher.open(row.secretSealed(), cell(row.id(), "secret_sealed")));
        }
        return keyed.hashUnder(row.hmacKeyId(), SECRET_KEY, Base64.getEncoder().encodeToString(row.randomKey()));
    }

    /** Deletes the report's row, under whichever configured HMAC key it is. */
    void delete(String reference) {
        for (byte[] hash : keyed.candidates(REFERENCE_KEY, reference)) {
            em.createNativeQuery("delete from " + TABLE + " where reference_hash = ?1")
                    .setParameter(1, hash)
                    .executeUpdate();
        }
    }

    /**
     * Re-hashes row {@code id}'s reference under {@code with}'s active key, from its sealed reference
     * (its secret sealed too, if it was not yet); false when it has no reference to re-hash from.
     */
    boolean rehash(KeyedHash with, long id) {
        List<?> found = em.createNativeQuery(
                        "select reference_hash, pseudonym_key, secret_sealed, reference_sealed from " + TABLE
                                + " where id = ?1")
                .setParameter(1, id)
                .getResultList();
        Object[] r = (Object[]) found.get(0);
        if (r[3] == null) {
            return false;
        }
        String reference = cipher.open((byte[]) r[3], cell(id, "reference_sealed"));
        Row row = new Row(id, keyIdOf((byte[]) r[0], reference), (byte[]) r[1], (byte[]) r[2], (byte[]) r[3]);
        em.createNativeQuery("update " + TABLE + " set reference_hash = ?1, hmac_key_id = ?2, secret_sealed = ?3 "
                        + "where id = ?4")
                .setParameter(1, with.hash(REFERENCE_KEY, reference))
                .setParameter(2, with.activeKeyId())
                .setParameter(3, sealSecret(id, secret(row)))
                .setParameter(4, id)
                .executeUpdate();
        return true;
    }

    /** Whether some rows from before V28 still do not know their reference. */
    @Override
    @Transactional
    public boolean awaitsReferences() {
        return !em.createNativeQuery("select 1 from " + TABLE + " where reference_sealed is null limit 1")
                .getResultList()
                .isEmpty();
    }

    /** Completes the rows from before V28 of these live reports; how many were completed. */
    @Override
    @Transactional
    public int remember(List<String> references) {
        int completed = 0;
        for (String reference : references) {
            Optional<Row> row = find(reference).filter(r -> !r.complete());
            if (row.isPresent()) {
                complete(row.get(), reference);
                completed++;
            }
        }
        return completed;
    }

    /**
     * Deletes the rows still without a reference: once every live report has been remembered, such a
     * row names no report (a value that only looked like a reference), and nothing can re-hash it.
     */
    @Override
    @Transactional
    public int dropUnclaimed() {
        return em.createNativeQuery("delete from " + TABLE + " where reference_sealed is null")
                .executeUpdate();
    }

    private Row make(String reference) {
        byte[] hash = keyed.hash(REFERENCE_KEY, reference);
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        em.createNativeQuery(
                        "insert into " + TABLE + " (reference_hash, pseudonym_key, hmac_key_id) values (?1, ?2, ?3) "
                                + "on conflict (reference_hash) do nothing")
                .setParameter(1, hash)
                .setParameter(2, fresh)
                .setParameter(3, keyed.activeKeyId())
                .executeUpdate();
        return byHash(hash, keyed.activeKeyId()).orElseThrow();
    }

    private void complete(Row row, String reference) {
        em.createNativeQuery("update " + TABLE + " set secret_sealed = ?1, reference_sealed = ?2 where id = ?3")
                .setParameter(1, sealSecret(row.id(), secret(row)))
                .setParameter(2, cipher.seal(reference, cell(row.id(), "reference_sealed")))
                .setParameter(3, row.id())
                .executeUpdate();
    }

    private Optional<Row> byHash(byte[] hash, String keyId) {
        List<?> found = em.createNativeQuery("select id, pseudonym_key, secret_sealed, reference_sealed from " + TABLE
                        + " where reference_hash = ?1")
                .setParameter(1, hash)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) found.get(0);
        return Optional.of(new Row(((Number) r[0]).longValue(), keyId, (byte[]) r[1], (byte[]) r[2], (byte[]) r[3]));
    }

    /** The configured HMAC key {@code hash} was made under; a row with no such key cannot derive its secret. */
    private String keyIdOf(byte[] hash, String reference) {
        for (String id : keyed.keyIds()) {
            if (Arrays.equals(keyed.hashUnder(id, REFERENCE_KEY, reference), hash)) {
                return id;
            }
        }
        return null;
    }

    private byte[] sealSecret(long id, byte[] secret) {
        return cipher.seal(Base64.getEncoder().encodeToString(secret), cell(id, "secret_sealed"));
    }

    private static Cell cell(long id, String column) {
        return Cell.of(TABLE, column, id);
    }
}
