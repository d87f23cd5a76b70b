package org.uglymugs.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.time.Minutes;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;

/**
 * The append-only, hash-chained audit log. Entries are written in the caller's transaction, so an
 * action and its audit entry commit or roll back together; an advisory lock keeps the chain linear
 * across any number of instances. Details must never carry sensitive content (no report text, no
 * identifiers, no contact): references, usernames, decisions and reasons only.
 */
@ApplicationScoped
public class AuditLog implements AuditTrail {

    /** Key of the transaction-scoped advisory lock that serialises appends. */
    private static final long CHAIN_LOCK = 0x61756469745f6cL;

    private static final int VERIFY_BATCH = 1000;
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    public AuditLog(EntityManager em, ObjectMapper json, Clock clock) {
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String actor, AuditAction action, String target, Map<String, String> details) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, CHAIN_LOCK)
                .getSingleResult();
        List<?> last = em.createNativeQuery("select hash from audit_entry order by id desc limit 1")
                .getResultList();
        byte[] previous = last.isEmpty() ? AuditChain.GENESIS : (byte[]) last.get(0);
        long id = ((Number) em.createNativeQuery("select nextval('audit_entry_seq')")
                        .getSingleResult())
                .longValue();
        // What a reporter set off is timed to the minute only, like the report itself, so no entry can be
        // matched to a network log to find who the reporter is.
        Instant at = REPORTER.equals(actor)
                ? Minutes.now(clock).toInstant()
                : Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String detailJson = write(details);
        String who = actor == null ? "system" : actor;
        byte[] hash = AuditChain.hash(previous, id, at, who, action.name(), target, detailJson);
        em.createNativeQuery("insert into audit_entry (id, at, actor, action, target, details, prev_hash, hash) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, id)
                .setParameter(2, at.atOffset(ZoneOffset.UTC))
                .setParameter(3, who)
                .setParameter(4, action.name())
                .setParameter(5, target)
                .setParameter(6, detailJson)
                .setParameter(7, previous)
                .setParameter(8, hash)
                .executeUpdate();
    }

    /** One page of entries, newest first. Reading the log is itself audited ({@code AUDIT_VIEWED}, by {@code reader}). */
    @Transactional
    public Page<AuditEntryView> search(String reader, AuditFilter filter, PageRequest page) {
        Page<AuditEntryView> found = find(filter, page);
        record(reader, AuditAction.AUDIT_VIEWED, null, Map.of());
        return found;
    }

    /**
     * Recomputes the whole chain in id order and names the first entry that does not check out. The
     * check is itself audited ({@code AUDIT_VERIFIED}, by {@code reader}, with its outcome).
     */
    @Transactional
    public AuditVerification verify(String reader) {
        AuditVerification result = check();
        record(reader, AuditAction.AUDIT_VERIFIED, null, Map.of("intact", Boolean.toString(result.intact())));
        return result;
    }

    private Page<AuditEntryView> find(AuditFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1=1");
        List<Object> params = new ArrayList<>();
        if (filter.actor() != null) {
            params.add(filter.actor());
            where.append(" and actor = ?").append(params.size());
        }
        if (filter.action() != null) {
            params.add(filter.action().name());
            where.append(" and action = ?").append(params.size());
        }
        if (filter.target() != null) {
            params.add(filter.target());
            where.append(" and target = ?").append(params.size());
        }
        if (filter.from() != null) {
            params.add(filter.from());
            where.append(" and at >= ?").append(params.size());
        }
        if (filter.to() != null) {
            params.add(filter.to());
            where.append(" and at < ?").append(params.size());
        }
        Query count = em.createNativeQuery("select count(*) from audit_entry" + where);
        Query rows = em.createNativeQuery("select id, at, actor, action, target, details, hash from audit_entry" + where
                + " order by id desc limit " + page.size() + " offset " + page.offset());
        for (int i = 0; i < params.size(); i++) {
            count.setParameter(i + 1, params.get(i));
            rows.setParameter(i + 1, params.get(i));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<AuditEntryView> items = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new AuditEntryView(
                    ((Number) r[0]).longValue(),
                    toOffset(r[1]),
                    (String) r[2],
                    AuditAction.valueOf((String) r[3]),
                    (String) r[4],
                    read((String) r[5]),
                    HexFormat.of().formatHex((byte[]) r[6])));
        }
        return new Page<>(items, page.page(), page.size(), total);
    }

    private AuditVerification check() {
        byte[] previous = AuditChain.GENESIS;
        long after = 0;
        long checked = 0;
        while (true) {
            List<?> batch = em.createNativeQuery("select id, at, actor, action, target, details, prev_hash, hash "
                            + "from audit_entry where id > ?1 order by id limit " + VERIFY_BATCH)
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
                if (!Arrays.equals(previous, storedPrevious)) {
                    return new AuditVerification(false, checked, id, AuditVerification.BROKEN_LINK);
                }
                byte[] expected = AuditChain.hash(
                        previous, id, toOffset(r[1]).toInstant(), (String) r[2], (String) r[3], (String) r[4], (String)
                                r[5]);
                if (!Arrays.equals(expected, stored)) {
                    return new AuditVerification(false, checked, id, AuditVerification.BROKEN_CONTENT);
                }
                previous = stored;
                after = id;
                checked++;
            }
            em.clear();
        }
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private String write(Map<String, String> details) {
        try {
            return json.writeValueAsString(details == null ? Map.of() : new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit details", e);
        }
    }

    private Map<String, String> read(String details) {
        try {
            return json.readValue(details, DETAILS);
        } catch (JsonProcessingException e) {
            return Map.of("unreadable", "true");
        }
    }
}
