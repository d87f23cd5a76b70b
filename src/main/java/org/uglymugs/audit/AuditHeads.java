package org.uglymugs.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uglymugs.audit.AuditHeadCheck.HeadStatus;
import org.uglymugs.common.audit.AuditAction;

/**
 * Signed digests of the chain's head, kept outside the database (the log, the admins' mail): the
 * newest entry's id and hash, how many entries the chain has up to it, when, and an HMAC over all
 * of that under the audit key. Given one back, {@link #check} says whether the chain still holds
 * that head: cutting the tail or rewriting the chain since then shows.
 */
@ApplicationScoped
public class AuditHeads {

    static final String PREFIX = "uglymugs-audit-head";
    private static final Pattern DIGEST = Pattern.compile(
            PREFIX + " id=(\\d{1,18}) hash=([0-9a-f]{64}) count=(\\d{1,18}) at=(\\S{1,40}) mac=([0-9a-f]{64})");

    private final EntityManager em;
    private final AuditLog audit;
    private final Clock clock;

    public AuditHeads(EntityManager em, AuditLog audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    /** The digest of the chain's head now (empty chain: id 0 and the starting hash). */
    @Transactional
    public String current() {
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        AuditLog.Head head = audit.head()
                .orElseGet(() -> new AuditLog.Head(0, audit.anchors().start().previous()));
        long count = countUpTo(head.id());
        byte[] mac = audit.chain().head(head.id(), head.hash(), count, at);
        return PREFIX + " id=" + head.id() + " hash=" + HexFormat.of().formatHex(head.hash()) + " count=" + count
                + " at=" + at + " mac=" + HexFormat.of().formatHex(mac);
    }

    /** Whether the chain still contains the head a digest names; audited ({@code AUDIT_VERIFIED}) with the outcome. */
    @Transactional
    public AuditHeadCheck check(String reader, String digest) {
        AuditHeadCheck result = evaluate(digest == null ? "" : digest.strip());
        audit.record(
                reader,
                AuditAction.AUDIT_VERIFIED,
                null,
                Map.of("head", result.status().name()));
        return result;
    }

    private AuditHeadCheck evaluate(String digest) {
        Matcher m = DIGEST.matcher(digest);
        if (!m.matches()) {
            return new AuditHeadCheck(HeadStatus.UNREADABLE, null, null);
        }
        long id = Long.parseLong(m.group(1));
        byte[] hash = HexFormat.of().parseHex(m.group(2));
        long count = Long.parseLong(m.group(3));
        Instant at;
        try {
            at = Instant.parse(m.group(4));
        } catch (DateTimeParseException e) {
            return new AuditHeadCheck(HeadStatus.UNREADABLE, null, null);
        }
        // A head published before an HMAC key rotation was signed under the old key: any configured key.
        if (!audit.chain().validHead(HexFormat.of().parseHex(m.group(5)), id, hash, count, at)) {
            return new AuditHeadCheck(HeadStatus.NOT_SIGNED, id, count);
        }
        AuditAnchors.Anchor start = audit.anchors().start();
        if (id <= start.afterId()) {
            boolean through = id == start.afterId() && MessageDigest.isEqual(hash, start.previous());
            return new AuditHeadCheck(through ? HeadStatus.CONTAINED : HeadStatus.DROPPED, id, count);
        }
        List<?> rows = em.createNativeQuery("select hash from audit_entry where id = ?1")
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            return new AuditHeadCheck(HeadStatus.MISSING, id, count);
        }
        boolean same = MessageDigest.isEqual(hash, (byte[]) rows.get(0)) && countUpTo(id) == count;
        return new AuditHeadCheck(same ? HeadStatus.CONTAINED : HeadStatus.CHANGED, id, count);
    }

    /** Entries in the chain up to {@code id}, counting those retention dropped. */
    private long countUpTo(long id) {
        long kept = ((Number) em.createNativeQuery("select count(*) from audit_entry where id <= ?1")
                        .setParameter(1, id)
                        .getSingleResult())
                .longValue();
        return kept + audit.anchors().droppedBefore();
    }
}
