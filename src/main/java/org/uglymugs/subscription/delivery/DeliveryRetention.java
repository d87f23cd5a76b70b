package org.uglymugs.subscription.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.uglymugs.common.retention.KeptStep;

/** Failed deliveries nobody retried go after their keeping time (sent ones go sooner, in SubscriptionCleanup). */
@ApplicationScoped
public class DeliveryRetention extends KeptStep {

    private final EntityManager em;

    public DeliveryRetention(
            EntityManager em, @ConfigProperty(name = "uglymugs.retention.failed-deliveries") Duration keep) {
        super("failed-deliveries", keep, "the delivery's queueing");
        this.em = em;
    }

    @Override
    public int deleteExpired(OffsetDateTime cutoff, int limit) {
        return deleteOldest(em, "delivery", "status = 'FAILED' and queued_at < ?1", cutoff, limit);
    }
}
