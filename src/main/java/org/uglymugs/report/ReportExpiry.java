package org.uglymugs.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import org.uglymugs.report.api.ReportEvents;
import org.uglymugs.report.api.ReportStatus;

/**
 * Deletes reports whose last activity is older than a cutoff, as an erasure does: every feature
 * hears {@link ReportEvents.Erased} first and deletes what it holds, then the report goes with
 * everything hanging off it.
 */
@ApplicationScoped
class ReportExpiry {

    private final EntityManager em;
    private final Event<ReportEvents.Erased> erased;

    ReportExpiry(EntityManager em, Event<ReportEvents.Erased> erased) {
        this.em = em;
        this.erased = erased;
    }

    int delete(List<ReportStatus> statuses, OffsetDateTime cutoff, int limit) {
        List<Report> expired = em.createQuery(
                        "from Report r where r.status in :statuses and r.updatedAt < :cutoff order by r.id",
                        Report.class)
                .setParameter("statuses", statuses)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
        for (Report report : expired) {
            erased.fire(new ReportEvents.Erased(report.id, report.reference));
            report.delete();
        }
        return expired.size();
    }
}
