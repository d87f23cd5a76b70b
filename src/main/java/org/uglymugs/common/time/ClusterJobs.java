package org.uglymugs.common.time;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Once per cluster: a scheduled job that every instance fires runs on the one instance that wins
 * its lease row for the period (a row lease in {@code job_lease}, not an advisory lock, so the last
 * run's time and outcome stay visible and a crashed holder's lease simply lapses).
 */
@ApplicationScoped
public class ClusterJobs {

    private static final String CLAIM = "insert into job_lease (name, started_at, holder) values (?1, ?2, ?3) "
            + "on conflict (name) do update set started_at = excluded.started_at, holder = excluded.holder, "
            + "finished_at = null where job_lease.started_at <= ?4 returning holder";

    /** This instance, for the lease rows: random per start, names no host. */
    private final String instance = UUID.randomUUID().toString();

    private final EntityManager em;
    private final Clock clock;

    public ClusterJobs(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Whether this instance runs {@code job} now: true for one instance per {@code period}. */
    public boolean claim(String job, Duration period) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return QuarkusTransaction.requiringNew()
                .call(() -> !em.createNativeQuery(CLAIM)
                        .setParameter(1, job)
                        .setParameter(2, now)
                        .setParameter(3, instance)
                        .setParameter(4, now.minus(period))
                        .getResultList()
                        .isEmpty());
    }

    /**
     * Whether this instance starts {@code job} now, for a job started by hand: true unless another
     * run has started and not finished within {@code staleAfter} (a crashed holder's run lapses).
     */
    public boolean claimUnlessRunning(String job, Duration staleAfter) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return QuarkusTransaction.requiringNew()
                .call(() -> !em.createNativeQuery(
                                "insert into job_lease (name, started_at, holder) values (?1, ?2, ?3) "
                                        + "on conflict (name) do update set started_at = excluded.started_at, "
                                        + "holder = excluded.holder, finished_at = null "
                                        + "where job_lease.finished_at is not null or job_lease.started_at <= ?4 "
                                        + "returning holder")
                        .setParameter(1, job)
                        .setParameter(2, now)
                        .setParameter(3, instance)
                        .setParameter(4, now.minus(staleAfter))
                        .getResultList()
                        .isEmpty());
    }

    /** Records a run of {@code job} that started at {@code startedAt}: its end and outcome (counts only, never content). */
    public void finished(String job, OffsetDateTime startedAt, String outcome) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "insert into job_lease "
                                        + "(name, started_at, finished_at, holder, outcome) values (?1, ?2, ?3, ?4, ?5) "
                                        + "on conflict (name) do update set started_at = excluded.started_at, "
                                        + "finished_at = excluded.finished_at, holder = excluded.holder, outcome = excluded.outcome")
                        .setParameter(1, job)
                        .setParameter(2, startedAt)
                        .setParameter(3, OffsetDateTime.now(clock))
                        .setParameter(4, instance)
                        .setParameter(5, outcome)
                        .executeUpdate());
    }

    /** The last run of {@code job}: when it started and ended, and its outcome; empty before the first. */
    public Optional<LastRun> last(String job) {
        List<?> rows = em.createNativeQuery("select started_at, finished_at, outcome from job_lease where name = ?1")
                .setParameter(1, job)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new LastRun(DbTimes.utc(r[0]), DbTimes.utc(r[1]), (String) r[2]));
    }

    public record LastRun(OffsetDateTime startedAt, OffsetDateTime finishedAt, String outcome) {}
}
