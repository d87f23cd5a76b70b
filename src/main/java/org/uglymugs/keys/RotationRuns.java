package org.uglymugs.keys;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.time.ClusterJobs;

/**
 * How both key rotations run a whole pass ({@link Passes}): in the background on one instance of the
 * cluster (a {@link ClusterJobs} lease), or at once on the caller's thread; either way one audit entry
 * with the counts, the job's outcome, and a log line of counts only.
 */
final class RotationRuns {

    /** A run holding the lease longer than this without finishing is taken to have crashed. */
    static final Duration STALE = Duration.ofHours(6);

    private final String job;
    private final AuditAction action;
    private final String movedName;
    private final String label;
    private final ClusterJobs jobs;
    private final AuditTrail audit;
    private final Clock clock;
    private final Logger log;
    private final ExecutorService background;

    /** {@code movedName}: how the audit entry and outcome name the values moved ("resealed", "rehashed"). */
    RotationRuns(
            String job,
            AuditAction action,
            String movedName,
            String label,
            ClusterJobs jobs,
            AuditTrail audit,
            Clock clock,
            Logger log) {
        this.job = job;
        this.action = action;
        this.movedName = movedName;
        this.label = label;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
        this.log = log;
        this.background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, job);
            t.setDaemon(true);
            return t;
        });
    }

    void stop() {
        background.shutdownNow();
    }

    /** Starts a run in the background unless one is already running in the cluster; whether it started. */
    boolean start(String actor, String activeKeyId, Supplier<Passes.Result> pass) {
        if (!jobs.claimUnlessRunning(job, STALE)) {
            return false;
        }
        OffsetDateTime startedAt = OffsetDateTime.now(clock);
        background.execute(() -> {
            try {
                finish(actor, startedAt, activeKeyId, pass.get());
            } catch (RuntimeException e) {
                // The batches done so far are committed; the next run carries on from the data.
                log.errorf("%s stopped: %s", label, e.getClass().getSimpleName());
                jobs.finished(job, startedAt, "stopped: " + e.getClass().getSimpleName());
            }
        });
        return true;
    }

    /** One whole run now, on this thread, with its audit entry and outcome. */
    Passes.Result run(String actor, String activeKeyId, Supplier<Passes.Result> pass) {
        OffsetDateTime startedAt = OffsetDateTime.now(clock);
        Passes.Result result = pass.get();
        finish(actor, startedAt, activeKeyId, result);
        return result;
    }

    /** The last run of this job, if there was one. */
    KeysView.LastRun last() {
        return jobs.last(job).map(KeysView.LastRun::of).orElse(null);
    }

    private void finish(String actor, OffsetDateTime startedAt, String activeKeyId, Passes.Result result) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("activeKeyId", activeKeyId);
        details.put(movedName, String.valueOf(result.done()));
        details.put("left", String.valueOf(result.left()));
        result.perColumn().forEach((column, count) -> details.put(column, String.valueOf(count)));
        QuarkusTransaction.requiringNew().run(() -> audit.record(actor, action, "keys", details));
        jobs.finished(job, startedAt, movedName + "=" + result.done() + ", left=" + result.left());
        log.infof("%s done: %d %s under %s, %d left", label, result.done(), movedName, activeKeyId, result.left());
    }
}
