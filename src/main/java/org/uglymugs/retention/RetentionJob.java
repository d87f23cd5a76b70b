package org.uglymugs.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.retention.RetentionStep;
import org.uglymugs.common.time.ClusterJobs;

/**
 * Deletes what has outlived its keeping time: every feature's {@link RetentionStep}, batch by batch,
 * each batch in its own transaction; rows deleted, never flagged. Runs once per cluster per period,
 * logs counts only and writes one audit entry per run with the counts.
 */
@ApplicationScoped
public class RetentionJob {

    static final String JOB = "retention";
    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final List<RetentionStep> steps;
    private final ClusterJobs jobs;
    private final AuditTrail audit;
    private final RetentionConfig config;
    private final Clock clock;

    public RetentionJob(
            Instance<RetentionStep> steps, ClusterJobs jobs, AuditTrail audit, RetentionConfig config, Clock clock) {
        this.steps =
                steps.stream().sorted(Comparator.comparing(RetentionStep::kind)).toList();
        this.jobs = jobs;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            every = "${uglymugs.retention.job.every:PT1H}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (jobs.claim(JOB, config.every().minusSeconds(30))) {
            run();
        }
    }

    /** One run now, on this instance (the scheduled run claims the cluster's lease first); the counts. */
    public Map<String, Integer> run() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RetentionStep step : steps) {
            OffsetDateTime cutoff = now.minus(step.keep());
            int total = 0;
            int deleted;
            do {
                deleted = QuarkusTransaction.requiringNew().call(() -> step.deleteExpired(cutoff, config.batch()));
                total += deleted;
                if (deleted > 0) {
                    LOG.infof("Retention: %s, %d deleted so far", step.kind(), total);
                }
            } while (deleted >= config.batch());
            counts.put(step.kind(), total);
        }
        String outcome = counts.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        QuarkusTransaction.requiringNew()
                .run(() -> audit.record(
                        "system",
                        AuditAction.RETENTION_RUN,
                        "retention",
                        counts.entrySet().stream()
                                .collect(Collectors.toMap(
                                        Map.Entry::getKey,
                                        e -> String.valueOf(e.getValue()),
                                        (a, b) -> a,
                                        LinkedHashMap::new))));
        jobs.finished(JOB, now, outcome);
        LOG.infof("Retention run done: %s", outcome);
        return counts;
    }

    List<RetentionStep> steps() {
        return steps;
    }
}
