package org.uglymugs.keys;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
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

    private static final Logger LOG = Logger.getLogger(KeyRotation.class);

    private final List<SealedColumn> columns;
    private final FieldCipher cipher;
    private final RotationRuns runs;
    private final int batch;

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
        this.runs =
                new RotationRuns(JOB, AuditAction.KEYS_RESEALED, "resealed", "Key rotation", jobs, audit, clock, LOG);
        this.batch = batch;
    }

    @PreDestroy
    void stop() {
        runs.stop();
    }

    /** Starts a run in the background unless one is already running in the cluster; whether it started. */
    boolean start(String actor) {
        return runs.start(actor, cipher.activeKeyId(), () -> pass(cipher, batch, Integer.MAX_VALUE));
    }

    /** One whole run now, on this thread: re-seals, writes the audit entry and the job's outcome. */
    Outcome run(String actor) {
        return Outcome.of(runs.run(actor, cipher.activeKeyId(), () -> pass(cipher, batch, Integer.MAX_VALUE)));
    }

    /**
     * Re-seals under {@code with}'s active key, {@code size} values per transaction, and stops after
     * {@code maxBatches} batches ({@link Outcome#complete()} false: what a crash half-way leaves).
     */
    Outcome reseal(FieldCipher with, int size, int maxBatches) {
        return Outcome.of(pass(with, size, maxBatches));
    }

    private Passes.Result pass(FieldCipher with, int size, int maxBatches) {
        List<Passes.Column> passes = columns.stream()
                .map(column -> Passes.inOwnTransactions(
                        column.name(),
                        (after, limit) -> {
                            SealedColumn.Batch b = column.reseal(with, after, limit);
                            return new Passes.Step(b.resealed(), b.left(), b.rows(), b.last());
                        },
                        column::countByKeyId,
                        with.activeKeyId()))
                .toList();
        return Passes.run(passes, size, maxBatches, LOG, "Key rotation: %s, %d re-sealed so far");
    }

    /** Per key id, how many stored values still need it; the configured ids appear with 0 too. */
    KeysView usage() {
        Map<String, Supplier<Map<String, Long>>> counts = new LinkedHashMap<>();
        columns.forEach(column -> counts.put(column.name(), column::countByKeyId));
        KeysView.Usage use = QuarkusTransaction.requiringNew()
                .call(() -> KeysView.Usage.of(counts, List.copyOf(cipher.keyIds()), cipher.activeKeyId()));
        return new KeysView(cipher.activeKeyId(), use.keys(), use.columns(), runs.last(), null);
    }

    List<SealedColumn> columns() {
        return columns;
    }

    /**
     * Values re-sealed; values left under an old key when the run ended (they did not open, their
     * row failed its check, or a request held the row throughout); per column re-sealed; and whether
     * every column was gone through.
     */
    record Outcome(int resealed, int left, Map<String, Integer> perColumn, boolean complete) {
        static Outcome of(Passes.Result r) {
            return new Outcome(r.done(), r.left(), r.perColumn(), r.complete());
        }
    }
}
