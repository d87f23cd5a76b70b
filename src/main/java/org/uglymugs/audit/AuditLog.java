package org.uglymugs.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.crypto.KeyedHash;
import org.uglymugs.common.time.DbTimes;
import org.uglymugs.common.time.Minutes;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;

/**
 * The append-only, keyed hash chain of audit entries. Staff entries are appended in the caller's
 * transaction, so an action and its entry commit or roll back together; an advisory lock keeps the
 * chain linear across any number of instances. What a reporter set off is held in
 * {@code audit_pending} (same transaction) and appended once its minute is over, in random order
 * ({@link #flushPending()}), so its place in the chain says no more than its minute. A target or
 * detail value shaped like a report reference is stored as a keyed pseudonym whose per-report key
 * {@link #forget(String)} deletes. Details must never carry sensitive content (no report text, no
 * identifiers, no contact): references, usernames, decisions and reasons only.
 */
@ApplicationScoped
public class AuditLog implements AuditTrail {

    /** Key of the transaction-scoped advisory lock that serialises appends. */
    static final long CHAIN_LOCK = 0x61756469745f6cL;

    /** A report's public reference ({@code K7QX-9ZD2}, Crockford base32). */
    static final Pattern REFERENCE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

    private static final Logger LOG = Logger.getLogger(AuditLog.class);
    private static final int FLUSH_BATCH = 1000;

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;
    private final ReportPseudonyms pseudonyms;
    private final AuditEntries entries;
    private final AuditChain chain;
    private final AuditAnchors anchors;

    /** Whether this instance knows the head is chained under the active key (see {@link #markKeyChange}). */
    private volatile boolean onActiveKey;

    public AuditLog(
            EntityManager em,
            ObjectMapper json,
            Clock clock,
            KeyedHash keyed,
            ReportPseudonyms pseudonyms,
            AuditEntries entries) {
        this.em = em;
        this.json = json;
        this.clock = clock;
        this.pseudonyms = pseudonyms;
        this.entries = entries;
        this.chain = AuditChain.of(keyed);
        this.anchors = new AuditAnchors(em, chain, clock);
        this.onActiveKey = !chain.rotating();
    }

    AuditChain chain() {
        return chain;
    }

    /** Where the chain starts, and its check from there. */
    AuditAnchors anchors() {
        return anchors;
    }

    /** Looks at the head's key again before the next append (as after a restart; tests move the head). */
    void recheckChainKey() {
        onActiveKey = !chain.rotating();
    }

    /** Signs where the keyed chain starts, once: at genesis on a fresh schema, after the old entries on an upgrade. */
    void onStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(this::signStart);
    }

    private void signStart() {
        lock();
        long signed = ((Number) em.createNativeQuery("select count(*) from audit_anchor where mac is not null")
                        .getSingleResult())
                .longValue();
        if (signed > 0) {
            return;
        }
        List<?> upgrade = em.createNativeQuery(
                        "select after_id, prev_hash from audit_anchor where kind = 'upgrade' order by id limit 1")
                .getResultList();
        if (upgrade.isEmpty()) {
            anchors.add("start", 0, AuditChain.GENESIS, 0);
        } else {
            Object[] r = (Object[]) upgrade.get(0);
            anchors.add("keyed", ((Number) r[0]).longValue(), (byte[]) r[1], 0);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String actor, AuditAction action, String target, Map<String, String> details) {
        String who = actor == null ? "system" : actor;
        String storedTarget = pseudonyms.pseudonymise(target);
        String detailJson = write(pseudonyms.pseudonymise(details));
        if (REPORTER.equals(who)) {
            // Timed to the minute, like the report itself, and kept out of the chain until that minute is
            // over: neither its time nor its place can be matched to a network log.
            em.createNativeQuery("insert into audit_pending (id, at, actor, action, target, details) "
                            + "values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, Minutes.now(clock))
                    .setParameter(3, who)
                    .setParameter(4, action.name())
                    .setParameter(5, storedTarget)
                    .setParameter(6, detailJson)
                    .executeUpdate();
            return;
        }
        lock();
        append(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), who, action.name(), storedTarget, detailJson);
    }

    /**
     * Appends the held reporter entries whose minute is over, minute by minute and in random order
     * within a minute; the number appended. Every staff entry of that minute is already in the chain.
     */
    @Transactional
    public int flushPending() {
        lock();
        List<?> rows = em.createNativeQuery("select id, at, actor, action, target, details from audit_pending "
                        + "where at < ?1 order by at, random() limit " + FLUSH_BATCH)
                .setParameter(1, Minutes.now(clock))
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            append(DbTimes.utc(r[1]).toInstant(), (String) r[2], (String) r[3], (String) r[4], (String) r[5]);
            em.createNativeQuery("delete from audit_pending where id = ?1")
                    .setParameter(1, r[0])
                    .executeUpdate();
        }
        return rows.size();
    }

    /** Deletes the report's pseudonym key: from now on nothing in the audit log leads back to the reference. */
    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void forget(String reference) {
        pseudonyms.forget(reference);
    }

    /** The pseudonym the log writes for this reference, if the report has one (it has not been forgotten). */
    @Transactional
    public Optional<String> pseudonymOf(String reference) {
        return pseudonyms.of(reference);
    }

    private void lock() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, CHAIN_LOCK)
                .getSingleResult();
    }

    /** Appends one entry at the head of the chain (the caller holds the chain lock). */
    private void append(Instant at, String who, String action, String target, String detailJson) {
        if (!onActiveKey) {
            markKeyChange();
        }
        byte[] previous = head().map(Head::hash).orElseGet(this::startHash);
        long id = ((Number) em.createNativeQuery("select nextval('audit_entry_seq')")
                        .getSingleResult())
                .longValue();
        byte[] hash = chain.hash(previous, id, at, who, action, target, detailJson);
        em.createNativeQuery("insert into audit_entry (id, at, actor, action, target, details, prev_hash, hash) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, id)
                .setParameter(2, at.atOffset(ZoneOffset.UTC))
                .setParameter(3, who)
                .setParameter(4, action)
                .setParameter(5, target)
                .setParameter(6, detailJson)
                .setParameter(7, previous)
                .setParameter(8, hash)
                .executeUpdate();
    }

    /**
     * Once per start while previous HMAC keys are configured, before the first entry under the active
     * key: if the head was chained under a previous key, a signed {@code hmac-key:<old>><new>} anchor
     * marks where the chain key changed (the caller holds the chain lock, so one instance writes it).
     * While the old key is configured the entries before it still verify under it; once it is retired,
     * verification starts at that anchor, as it does after retention (see {@link AuditAnchors#start()}).
     */
    private void markKeyChange() {
        List<?> last = em.createNativeQuery(
                        "select " + AuditAnchors.ENTRY + " from audit_entry order by id desc limit 1")
                .getResultList();
        if (!last.isEmpty()) {
            Object[] r = (Object[]) last.get(0);
            long id = ((Number) r[0]).longValue();
            Optional<String> under = anchors.keyIdOf(r);
            if (under.isPresent() && !under.get().equals(chain.activeKeyId())) {
                anchors.add(AuditAnchors.KEY_CHANGE + under.get() + ">" + chain.activeKeyId(), id, (byte[]) r[7], 0);
                LOG.info("Audit chain: the HMAC key changed; a signed anchor marks where");
            }
        }
        onActiveKey = true;
    }

    /** The newest entry: its id and hash. */
    Optional<Head> head() {
        List<?> last = em.createNativeQuery("select id, hash from audit_entry order by id desc limit 1")
                .getResultList();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) last.get(0);
        return Optional.of(new Head(((Number) r[0]).longValue(), (byte[]) r[1]));
    }

    record Head(long id, byte[] hash) {}

    private byte[] startHash() {
        return anchors.start().previous();
    }

    /** One page of entries, newest first. Reading the log is itself audited ({@code AUDIT_VIEWED}, by {@code reader}). */
    @Transactional
    public Page<AuditEntryView> search(String reader, AuditFilter filter, PageRequest page) {
        Page<AuditEntryView> found = entries.find(filter, page);
        record(reader, AuditAction.AUDIT_VIEWED, null, Map.of());
        return found;
    }

    /**
     * Recomputes the chain in id order from its signed starting point and names the first entry that
     * does not check out. The check is itself audited ({@code AUDIT_VERIFIED}, by {@code reader}, with its outcome).
     */
    @Transactional
    public AuditVerification verify(String reader) {
        AuditVerification result = anchors.check();
        record(reader, AuditAction.AUDIT_VERIFIED, null, Map.of("intact", Boolean.toString(result.intact())));
        return result;
    }

    private String write(Map<String, String> details) {
        try {
            return json.writeValueAsString(details == null ? Map.of() : new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit details", e);
        }
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
