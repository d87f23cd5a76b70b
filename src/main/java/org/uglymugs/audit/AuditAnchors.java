package org.uglymugs.audit;

import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.uglymugs.common.time.DbTimes;

/**
 * The signed starting points of the audit chain ({@code audit_anchor}: the genesis, the keyed chain's
 * start after an upgrade, retention's cut, an HMAC key change) and the check of the chain from the
 * newest valid one. Each anchor is signed under the chain key, so a starting point cannot be moved
 * without the key. Used by {@link AuditLog} (which makes it with its chain), retention and the
 * chain's head checks.
 */
final class AuditAnchors {

    /** Kind of the anchor where the chain key changed with the HMAC key: {@code hmac-key:<old id>><new id>}. */
    static final String KEY_CHANGE = "hmac-key:";

    /** An entry's columns as {@link #keyIdOf(Object[])} reads them. */
    static final String ENTRY = "id, at, actor, action, target, details, prev_hash, hash";

    private static final int VERIFY_BATCH = 1000;

    private final EntityManager em;
    private final AuditChain chain;
    private final Clock clock;

    AuditAnchors(EntityManager em, AuditChain chain, Clock clock) {
        this.em = em;
        this.chain = chain;
        this.clock = clock;
    }

    /**
     * Where verification starts: the newest anchor whose signature checks out (under any configured
     * HMAC key), else the genesis. An HMAC key-change anchor is a starting point only once its old key is
     * no longer configured: until then the entries before it still verify, under the old key.
     */
    Anchor start() {
        List<?> rows = em.createNativeQuery("select kind, after_id, prev_hash, dropped, at, mac from audit_anchor "
                        + "where mac is not null order by after_id desc, id desc")
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Anchor anchor = new Anchor(
                    (String) r[0],
                    ((Number) r[1]).longValue(),
                    (byte[]) r[2],
                    ((Number) r[3]).longValue(),
                    DbTimes.utc(r[4]).toInstant());
            if (anchor.kind().startsWith(KEY_CHANGE)
                    && chain.configured(
                            anchor.kind().substring(KEY_CHANGE.length()).split(">", 2)[0])) {
                continue;
            }
            if (chain.validAnchor(
                    (byte[]) r[5], anchor.kind(), anchor.afterId(), anchor.previous(), anchor.dropped(), anchor.at())) {
                return anchor;
            }
        }
        return new Anchor("genesis", 0, AuditChain.GENESIS, 0, Instant.EPOCH);
    }

    record Anchor(String kind, long afterId, byte[] previous, long dropped, Instant at) {}

    /** A signed starting point: the entries after {@code afterId} link to {@code previous}. */
    void add(String kind, long afterId, byte[] previous, long dropped) {
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        em.createNativeQuery("insert into audit_anchor (kind, after_id, prev_hash, dropped, at, mac) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, kind)
                .setParameter(2, afterId)
                .setParameter(3, previous)
                .setParameter(4, dropped)
                .setParameter(5, at.atOffset(ZoneOffset.UTC))
                .setParameter(6, chain.anchor(kind, afterId, previous, dropped, at))
                .executeUpdate();
    }

    /** Entries dropped by retention before the starting point, in all. */
    long droppedBefore() {
        return ((Number)
                        em.createNativeQuery("select coalesce(sum(dropped), 0) from audit_anchor where mac is not null")
                                .getSingleResult())
                .longValue();
    }

    /** The whole chain from its signed start: every link and every entry's keyed hash. */
    AuditVerification check() {
        Anchor anchor = start();
        byte[] previous = anchor.previous();
        long after = anchor.afterId();
        long checked = 0;
        while (true) {
            List<?> batch = em.createNativeQuery(
                            "select " + ENTRY + " from audit_entry where id > ?1 order by id limit " + VERIFY_BATCH)
                    .setParameter(1, after)
                    .getResultList();
            if (batch.isEmpty()) {
                return new AuditVerification(true, checked, null, null);
            }
            for (Object row : batch) {
                Object[] r = (Object[]) row;
                long id = ((Number) r[0]).longValue();
                byte[] storedPrevious = (byte[]) r[6];
                byte[] stored = (byte[]) r[7];
                if (!MessageDigest.isEqual(previous, storedPrevious)) {
                    return new AuditVerification(false, checked, id, AuditVerification.BROKEN_LINK);
                }
                // Under any configured HMAC key's chain key: entries from before a rotation verify under the old one.
                if (keyIdOf(r).isEmpty()) {
                    return new AuditVerification(false, checked, id, AuditVerification.BROKEN_CONTENT);
                }
                previous = stored;
                after = id;
                checked++;
            }
            em.clear();
        }
    }

    /**
     * The configured HMAC key whose chain key made this entry's hash, if any: {@code row} holds the
     * columns {@link #ENTRY} names, in that order.
     */
    Optional<String> keyIdOf(Object[] row) {
        return chain.keyIdOf(
                (byte[]) row[7],
                (byte[]) row[6],
                ((Number) row[0]).longValue(),
                DbTimes.utc(row[1]).toInstant(),
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5]);
    }
}
