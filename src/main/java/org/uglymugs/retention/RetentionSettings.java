package org.uglymugs.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.uglymugs.common.time.ClusterJobs;

/** What admins read about retention: every step's keeping time and the last run's counts. */
@ApplicationScoped
public class RetentionSettings {

    private final RetentionJob job;
    private final ClusterJobs jobs;

    public RetentionSettings(RetentionJob job, ClusterJobs jobs) {
        this.job = job;
        this.jobs = jobs;
    }

    @Transactional
    public RetentionView view() {
        var settings = job.steps().stream()
                .map(s -> new RetentionView.Setting(
                        s.kind(), s.keep().toString(), s.keep().toDays(), s.countedFrom()))
                .toList();
        RetentionView.LastRun last = jobs.last(RetentionJob.JOB)
                .filter(r -> r.finishedAt() != null)
                .map(r -> new RetentionView.LastRun(r.startedAt(), r.finishedAt(), counts(r.outcome())))
                .orElse(null);
        return new RetentionView(settings, last);
    }

    private static Map<String, Integer> counts(String outcome) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (outcome != null && !outcome.isBlank()) {
            Arrays.stream(outcome.split(", ")).map(p -> p.split("=", 2)).forEach(p -> {
                counts.put(p[0], Integer.parseInt(p[1]));
            });
        }
        return counts;
    }
}
