package org.uglymugs.subscription;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/**
 * Deletes what is no longer needed: unconfirmed subscriptions whose link expired, expired links of
 * confirmed ones, and sent deliveries past their keeping time. Idempotent, so every instance may run it.
 */
@ApplicationScoped
public class SubscriptionCleanup {

    private static final Logger LOG = Logger.getLogger(SubscriptionCleanup.class);

    private final EntityManager em;
    private final Clock clock;
    private final SubscriptionConfig config;

    public SubscriptionCleanup(EntityManager em, Clock clock, SubscriptionConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(
            every = "${uglymugs.subscriptions.cleanup-every:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
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
