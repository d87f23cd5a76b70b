package org.uglymugs.subscription.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.uglymugs.common.retention.RetentionStep;

/** Failed deliveries nobody retried go after their keeping time (sent ones go sooner, in SubscriptionCleanup). */
@ApplicationScoped
public class DeliveryRetention implements RetentionStep {

    private final EntityManager em;
    private final Duration keep;

    public DeliveryRetention(
            EntityManager em, @ConfigProperty(name = "uglymugs.retention.failed-deliveries") Duration keep) {
        this.em = em;
        this.keep = keep;
    }

    @Override
    public String kind() {
        return "failed-deliveries";
    }

    @Override
    public Duration keep() {
        return keep;
    }

    @Override
    public String countedFrom() {
        return "the delivery's queueing";
    }

    @Override
    public int deleteExpired(OffsetDateTime cutoff, int limit) {
        return em.createNativeQuery("delete from delivery where id in (select id from delivery "
                        + "where status = 'FAILED' and queued_at < ?1 order by id limit ?2)")
                .setParameter(1, cutoff)
                .setParameter(2, limit)
                .executeUpdate();
    }
}
