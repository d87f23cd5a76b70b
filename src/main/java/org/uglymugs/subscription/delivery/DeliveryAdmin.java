package org.uglymugs.subscription.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.time.DbTimes;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.subscription.api.DeliveryView;

/** What admins do with deliveries: list them by status, retry a FAILED one. */
@ApplicationScoped
public class DeliveryAdmin {

    public enum Status {
        QUEUED,
        SENT,
        FAILED
    }

    private static final String COLUMNS = "select id, alert_id, alert_version, kind, status, digest, attempts, "
            + "last_error, queued_at, next_attempt_at, sent_at from delivery ";

    private final EntityManager em;
    private final AuditTrail audit;
    private final Clock clock;
    private final DeliveryWorker worker;

    public DeliveryAdmin(EntityManager em, AuditTrail audit, Clock clock, DeliveryWorker worker) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
        this.worker = worker;
    }

    @Transactional
    public Page<DeliveryView> list(Status status, PageRequest page) {
        List<?> rows = em.createNativeQuery(COLUMNS + "where status = ?1 order by id desc limit ?2 offset ?3")
                .setParameter(1, status.name())
                .setParameter(2, page.size())
                .setParameter(3, page.offset())
                .getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) from delivery where status = ?1")
                        .setParameter(1, status.name())
                        .getSingleResult())
                .longValue();
        return new Page<>(rows.stream().map(DeliveryAdmin::view).toList(), page.page(), page.size(), total);
    }

    /** Queues a FAILED delivery again with a fresh count of tries; 404 for any other. */
    @Transactional
    public DeliveryView retry(String actor, long id) {
        int changed = em.createNativeQuery("update delivery set status = 'QUEUED', attempts = 0, next_attempt_at = ?1 "
                        + "where id = ?2 and status = 'FAILED'")
                .setParameter(1, OffsetDateTime.now(clock))
                .setParameter(2, id)
                .executeUpdate();
        if (changed == 0) {
            throw new DeliveryNotFound();
        }
        audit.record(actor, AuditAction.DELIVERY_RETRIED, "delivery:" + id, Map.of());
        worker.wake();
        return view(em.createNativeQuery(COLUMNS + "where id = ?1")
                .setParameter(1, id)
                .getSingleResult());
    }

    private static DeliveryView view(Object row) {
        Object[] r = (Object[]) row;
        return new DeliveryView(
                ((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(),
                ((Number) r[2]).intValue(),
                (String) r[3],
                (String) r[4],
                (Boolean) r[5],
                ((Number) r[6]).intValue(),
                (String) r[7],
                DbTimes.utc(r[8]),
                DbTimes.utc(r[9]),
                DbTimes.utc(r[10]));
    }

    /** No FAILED delivery with this id. */
    public static class DeliveryNotFound extends ProblemException {
        DeliveryNotFound() {
            super(404, "delivery-not-found", "No failed delivery with this id", null);
        }
    }
}
