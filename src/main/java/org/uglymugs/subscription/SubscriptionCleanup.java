package org.uglymugs.subscription;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;
import org.uglymugs.common.time.ClusterJobs;

/**
 * Deletes what is no longer needed: unconfirmed subscriptions whose link expired, expired links of
 * confirmed ones, and sent deliveries past their keeping time. Idempotent; once per cluster per period (a lease).
 */
@ApplicationScoped
public class SubscriptionCleanup {

    private static final Logger LOG = Logger.getLogger(SubscriptionCleanup.class);

    private final EntityManager em;
    private final Clock clock;
    private final SubscriptionConfig config;
    private final ClusterJobs jobs;

    public SubscriptionCleanup(EntityManager em, Clock clock, SubscriptionConfig config, ClusterJobs jobs) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.jobs = jobs;
    }

    /** Fired on every instance; run on the one that wins the period's lease. */
    @Scheduled(
            every = "${uglymugs.subscriptions.cleanup-every:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (jobs.claim("subscription-cleanup", Duration.ofMinutes(5))) {
            run();
        }
    }

    @Transactional
    public void run() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int unconfirmed = em.createNativeQuery(
                        "delete from subscriber where status = 'UNCONFIRMED' and confirm_expires_at <= ?1")
                .setParameter(1, now)
                .executeUpdate();
        em.createNativeQuery("update subscriber set confirm_token_hash = null, confirm_expires_at = null "
                        + "where confirm_expires_at <= ?1")
                .setParameter(1, now)
                .executeUpdate();
        // A link that expired before its mail could go: nothing left to send.
        em.createNativeQuery("delete from confirmation_mail where expires_at <= ?1")
                .setParameter(1, now)
                .executeUpdate();
        OffsetDateTime keepFrom = now.minus(config.delivery().keepSent());
        em.createNativeQuery("delete from delivery where status = 'SENT' and sent_at < ?1")
                .setParameter(1, keepFrom)
                .executeUpdate();
        em.createNativeQuery("delete from delivery_event e where e.fanned_out_at < ?1 "
                        + "and not exists (select 1 from delivery d where d.event_id = e.id)")
                .setParameter(1, keepFrom)
                .executeUpdate();
        if (unconfirmed > 0) {
            LOG.debugf("Deleted %d unconfirmed subscriptions whose link expired", unconfirmed);
        }
    }
}
