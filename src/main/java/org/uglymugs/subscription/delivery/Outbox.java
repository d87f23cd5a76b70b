package org.uglymugs.subscription.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.uglymugs.alert.api.AlertChanged;
import org.uglymugs.common.time.Minutes;

/**
 * Writes one outbox event per alert change, inside the alert's own transaction: the change and the
 * promise to deliver it commit together or not at all. The expansion to subscribers happens later,
 * in batches, never inside the moderator's request.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final Clock clock;
    private final DeliveryWorker worker;

    public Outbox(EntityManager em, Clock clock, DeliveryWorker worker) {
        this.em = em;
        this.clock = clock;
        this.worker = worker;
    }

    void record(@Observes AlertChanged change) {
        em.flush(); // the alert row (and its new version) first: the event references it
        em.createNativeQuery("insert into delivery_event (id, alert_id, alert_version, kind, created_at) "
                        + "values (nextval('delivery_event_seq'), ?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, change.alertId())
                .setParameter(2, change.version())
                .setParameter(3, change.kind().name())
                .setParameter(4, Minutes.now(clock)) // a reporter's withdrawal sets some off: to the minute
                .executeUpdate();
    }

    /** After the commit, start delivering at once instead of waiting for the next poll. */
    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChanged change) {
        worker.wake();
    }
}
