package org.uglymugs.keys;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.crypto.SealedColumn;
import org.uglymugs.common.crypto.SealedColumns;
import org.uglymugs.common.time.ClusterJobs;

/**
 * AES key rotation: re-seals every value stored under the master key that names a key id other than
 * the active one (every report's wrapped data key, alert texts, subscribers, confirmation links, staff
 * TOTP secrets: each feature's {@link SealedColumns}), batch by batch, each batch in its own
 * transaction. It keeps no state of its own: a run finds the values still under an old key in the
 * data itself, so after a crash the next run simply carries on. Logs counts only; one audit entry per
 * run; one run at a time in the cluster ({@link ClusterJobs} lease).
 */
@ApplicationScoped
public class KeyRotation {

    static final String JOB = "key-reseal";

    /** A run holding the lease longer than this without finishing is taken to have crashed. */
    static final Duration STALE = Duration.ofHours(6);

    /** Passes again over a column whose rows a request held, and the pause before each (times the pass). */
    static final int RETRIES = 3;

    static final Duration RETRY_PAUSE = Duration.ofMillis(300);

    private static final Logger LOG = Logger.getLogger(KeyRotation.class);

    private final List<SealedColumn> columns;
    private final FieldCipher cipher;
    private final ClusterJobs jobs;
    private final AuditTrail audit;
    private final Clock clock;
    private final int batch;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "key-reseal");
        t.setDaemon(true);
        return t;
    });

    KeyRotation(
            Instance<SealedColumns> features,
            FieldCipher cipher,
            ClusterJobs jobs,
            AuditTrail audit,
            Clock clock,
            @ConfigProperty(name = "uglymugs.crypto.reseal-batch", defaultValue = "200") int batch) {
        this.columns = features.stream()
                .flatMap(f -> f.sealedColumns().stream())
                .sorted(Comparator.comparing(SealedColumn::name))
                .toList();
        this.cipher = cipher;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
        this.batch = batch;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Starts a run in the background unless one is already running in the cluster; whether it started. */
    boolean start(String actor) {
        if (!jobs.claimUnlessRunning(JOB, STALE)) {
            return false;
        }
        OffsetDateTime startedAt = OffsetDateTime.now(clock);
        background.execute(() -> {
            try {
                finish(actor, startedAt, reseal(cipher, batch, Integer.MAX_VALUE));
            } catch (RuntimeException e) {
                // The batches done so far are committed; the next run carries on from the data.
                LOG.errorf("Key rotation stopped: %s", e.getClass().getSimpleName());
                jobs.finished(JOB, startedAt, "stopped: " + e.getClass().getSimpleName());
            }
        });
        return true;
    }

    /** One whole run now, on this thread: re-seals, writes the audit entry and the job's outcome. */
    Outcome run(String actor) {
        OffsetDateTime startedAt = OffsetDateTime.now(clock);
        Outcome outcome = reseal(cipher, batch, Integer.MAX_VALUE);
        finish(actor, startedAt, outcome);
        return outcome;
    }

    private void finish(String actor, OffsetDateTime startedAt, Outcome outcome) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("activeKeyId", cipher.activeKeyId());
        details.put("resealed", String.valueOf(outcome.resealed()));
        details.put("left", String.valueOf(outcome.left()));
        outcome.perColumn().forEach((column, count) -> details.put(column, String.valueOf(count)));
        QuarkusTransaction.requiringNew().run(() -> audit.record(actor, AuditAction.KEYS_RESEALED, "keys", details));
        jobs.finished(JOB, startedAt, "resealed=" + outcome.resealed() + ", left=" + outcome.left());
        LOG.infof(
                "Key rotation done: %d value(s) re-sealed under %s, %d left",
                outcome.resealed(), cipher.activeKeyId(), outcome.left());
    }

    /**
     * Re-seals under {@code with}'s active key, {@code size} values per transaction, and stops after
     * {@code maxBatches} batches ({@link Outcome#complete()} false: what a crash half-way leaves).
     */
    Outcome reseal(FieldCipher with, int size, int maxBatches) {
        Map<String, Integer> perColumn = new LinkedHashMap<>();
        int resealed = 0;
        int left = 0;
        int batches = 0;
        for (SealedColumn column : columns) {
            int done = 0;
            long remaining;
            int pass = 0;
            while (true) {
                long after = Long.MIN_VALUE;
                int broken = 0;
                SealedColumn.Batch b;
                do {
                    if (batches >= maxBatches) {
                        perColumn.put(column.name(), done);
                        return new Outcome(resealed, left, perColumn, false);
                    }
                    long from = after;
                    b = QuarkusTransaction.requiringNew().call(() -> column.reseal(with, from, size));
                    batches++;
                    after = b.last();
                    done += b.resealed();
                    resealed += b.resealed();
                    broken += b.left();
                    if (b.resealed() > 0) {
                        LOG.infof("Key rotation: %s, %d re-sealed so far", column.name(), done);
                    }
                } while (b.rows() >= size);
                // Rows a request held were skipped (SKIP LOCKED): they are still under an old key,
                // beside the ones that did not open. Go through the column again, briefly, for those.
                remaining = notUnder(column, with.activeKeyId());
                if (remaining <= broken || ++pass > RETRIES) {
                    break;
                }
                pause(pass);
            }
            // What still needs an old key, whatever the reason: the count the operator trusts before
            // removing a key id.
            left += (int) remaining;
            perColumn.put(column.name(), done);
        }
        return new Outcome(resealed, left, perColumn, true);
    }

    private static long notUnder(SealedColumn column, String activeKeyId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> column.countByKeyId().entrySet().stream()
                        .filter(e -> !e.getKey().equals(activeKeyId))
                        .mapToLong(Map.Entry::getValue)
                        .sum());
    }

    private static void pause(int pass) {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis() * pass);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("key rotation interrupted", e);
        }
    }

    /** Per key id, how many stored values still need it; the configured ids appear with 0 too. */
    KeysView usage() {
        Map<String, Long> total = new TreeMap<>();
        Map<String, Map<String, Long>> perColumn = new LinkedHashMap<>();
        cipher.keyIds().forEach(id -> total.put(id, 0L));
        QuarkusTransaction.requiringNew().run(() -> {
            for (SealedColumn column : columns) {
                Map<String, Long> counts = column.countByKeyId();
                perColumn.put(column.name(), counts);
                counts.forEach((id, n) -> total.merge(id, n, Long::sum));
            }
        });
        List<KeysView.KeyUse> keys = total.entrySet().stream()
                .map(e -> new KeysView.KeyUse(
                        e.getKey(),
                        e.getKey().equals(cipher.activeKeyId()),
                        cipher.keyIds().contains(e.getKey()),
                        e.getValue()))
                .toList();
        return new KeysView(
                cipher.activeKeyId(),
                keys,
                perColumn,
                jobs.last(JOB).map(KeysView.LastRun::of).orElse(null));
    }

    List<SealedColumn> columns() {
        return columns;
    }

    /**
     * Values re-sealed; values left under an old key when the run ended (they did not open, their
     * row failed its check, or a request held the row throughout); per column re-sealed; and whether
     * every column was gone through.
     */
    record Outcome(int resealed, int left, Map<String, Integer> perColumn, boolean complete) {}
}
