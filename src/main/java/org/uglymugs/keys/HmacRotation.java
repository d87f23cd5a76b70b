package org.uglymugs.keys;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.crypto.HashedColumn;
import org.uglymugs.common.crypto.HashedColumns;
import org.uglymugs.common.crypto.KeyedHash;
import org.uglymugs.common.time.ClusterJobs;

/**
 * HMAC key rotation: re-hashes under the active HMAC key every stored keyed hash whose value can be
 * recomputed from what is stored sealed (each feature's {@link HashedColumns}: report identifiers from
 * each report's sealed values, published identifiers from the alerts' content), batch by batch, each
 * batch in its own transaction, finding what is left in the data itself (resumable after a crash).
 * Receipts are only stored hashed: a reporter's next use re-hashes theirs; until then they are counted
 * under the old key, which is retired only when nothing needs it. Logs counts only; one audit entry per
 * run; one run at a time in the cluster ({@link ClusterJobs} lease).
 */
@ApplicationScoped
public class HmacRotation {

    static final String JOB = "hmac-rehash";

    private static final Logger LOG = Logger.getLogger(HmacRotation.class);

    private final List<HashedColumn> columns;
    private final KeyedHash keyed;
    private final RotationRuns runs;
    private final int batch;

    HmacRotation(
            Instance<HashedColumns> features,
            KeyedHash keyed,
            ClusterJobs jobs,
            AuditTrail audit,
            Clock clock,
            @ConfigProperty(name = "uglymugs.crypto.reseal-batch", defaultValue = "200") int batch) {
        this.columns = features.stream()
                .flatMap(f -> f.hashedColumns().stream())
                .sorted(Comparator.comparing(HashedColumn::name))
                .toList();
        this.keyed = keyed;
        this.runs =
                new RotationRuns(JOB, AuditAction.KEYS_REHASHED, "rehashed", "HMAC re-hash", jobs, audit, clock, LOG);
        this.batch = batch;
    }

    @PreDestroy
    void stop() {
        runs.stop();
    }

    /**
     * Rows stored before key ids were recorded name none. While one HMAC key is configured they can only
     * be under it, so they are stamped with its id at start-up (every start; idempotent). With previous
     * keys configured nothing is stamped: such rows count as {@link HashedColumn#UNRECORDED}.
     */
    void onStart(@Observes StartupEvent event) {
        if (keyed.keyIds().size() != 1) {
            return;
        }
        int stamped = QuarkusTransaction.requiringNew()
                .call(() -> columns.stream()
                        .mapToInt(c -> c.stamp(keyed.activeKeyId()))
                        .sum());
        if (stamped > 0) {
            LOG.infof("HMAC key id recorded on %d row(s) stored before key ids were kept", stamped);
        }
    }

    /** Starts a run in the background unless one is already running in the cluster; whether it started. */
    boolean start(String actor) {
        return runs.start(actor, keyed.activeKeyId(), () -> pass(keyed, batch, Integer.MAX_VALUE));
    }

    /** One whole run now, on this thread: re-hashes, writes the audit entry and the job's outcome. */
    Outcome run(String actor) {
        return Outcome.of(runs.run(actor, keyed.activeKeyId(), () -> pass(keyed, batch, Integer.MAX_VALUE)));
    }

    /**
     * Re-hashes under {@code with}'s active key, {@code size} rows per transaction, and stops after
     * {@code maxBatches} batches ({@link Outcome#complete()} false: what a crash half-way leaves).
     */
    Outcome rehash(KeyedHash with, int size, int maxBatches) {
        return Outcome.of(pass(with, size, maxBatches));
    }

    private Passes.Result pass(KeyedHash with, int size, int maxBatches) {
        List<Passes.Column> passes = columns.stream()
                .filter(HashedColumn::rehashable)
                .map(column -> Passes.inOwnTransactions(
                        column.name(),
                        (after, limit) -> {
                            HashedColumn.Batch b = column.rehash(with, after, limit);
                            return new Passes.Step(b.rehashed(), b.left(), b.rows(), b.last());
                        },
                        column::countByKeyId,
                        with.activeKeyId()))
                .toList();
        return Passes.run(passes, size, maxBatches, LOG, "HMAC re-hash: %s, %d re-hashed so far");
    }

    /** Per HMAC key id, how many stored rows still need it; the configured ids appear with 0 too. */
    KeysView.Hmac usage() {
        Map<String, Supplier<Map<String, Long>>> counts = new LinkedHashMap<>();
        columns.forEach(column -> counts.put(column.name(), column::countByKeyId));
        KeysView.Usage use = QuarkusTransaction.requiringNew()
                .call(() -> KeysView.Usage.of(counts, List.copyOf(keyed.keyIds()), keyed.activeKeyId()));
        return new KeysView.Hmac(keyed.activeKeyId(), use.keys(), use.columns(), runs.last());
    }

    /**
     * Rows re-hashed; rows still under an old key when the run ended (they did not open, or a request
     * held them throughout); per column re-hashed; and whether every column was gone through.
     */
    record Outcome(int rehashed, int left, Map<String, Integer> perColumn, boolean complete) {
        static Outcome of(Passes.Result r) {
            return new Outcome(r.done(), r.left(), r.perColumn(), r.complete());
        }
    }
}
