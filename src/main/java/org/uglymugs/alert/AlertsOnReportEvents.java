package org.uglymugs.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.jboss.logging.Logger;
import org.uglymugs.alert.api.AlertStatus;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.report.api.ReportEvents;

/**
 * What a report's events do to its alerts, in the report's own transaction: a reporter withdrawing
 * consent to warn others retracts them at once.
 *
 * <p>Erasure happens one way, in the database: {@code alert.report_id} references the report
 * {@code on delete cascade} (as moderation's claims and notes do), so erasing a report deletes its
 * alerts, their versions, areas, categories and identifier hashes with it. {@link #onErased} deletes
 * nothing; it only writes the audit entry that tells staff why a live alert is gone.
 */
@ApplicationScoped
class AlertsOnReportEvents {

    static final String CONSENT_WITHDRAWN = "The reporter withdrew consent to warn other workers.";

    private static final Logger LOG = Logger.getLogger(AlertsOnReportEvents.class);

    private final AlertVersioning versioning;
    private final AuditTrail audit;

    AlertsOnReportEvents(AlertVersioning versioning, AuditTrail audit) {
        this.versioning = versioning;
        this.audit = audit;
    }

    /**
     * A withdrawal locks the report's alert rows first ({@code FOR UPDATE}), so a moderator's update
     * or retraction running at the same time either finishes before it (and is retracted with the
     * rest) or waits and then finds the alert retracted (409).
     */
    void onConsentsChanged(@Observes ReportEvents.ConsentsChanged change) {
        if (Boolean.TRUE.equals(change.after().alertOthers())) {
            return;
        }
        Alert.getEntityManager()
                .createNativeQuery("select id from alert where report_id = ?1 order by id for update")
                .setParameter(1, change.reportId())
                .getResultList();
        for (Alert alert : Alert.forReport(change.reportId())) {
            Alert.getEntityManager().refresh(alert);
            if (alert.status != AlertStatus.RETRACTED) {
                versioning.retract(alert, AuditTrail.REPORTER, CONSENT_WITHDRAWN);
                audit.record(
                        AuditTrail.REPORTER,
                        AuditAction.ALERT_RETRACTED,
                        "alert:" + alert.id,
                        Map.of("report", change.reference(), "reason", "consent-withdrawn"));
                LOG.debug("Alert retracted: the reporter withdrew consent");
            }
        }
    }

    /** Audits that the report's alerts go with it; the database's cascade deletes them (see above). */
    void onErased(@Observes ReportEvents.Erased erased) {
        for (Alert alert : Alert.forReport(erased.reportId())) {
            audit.record(
                    AuditTrail.REPORTER,
                    AuditAction.ALERT_RETRACTED,
                    "alert:" + alert.id,
                    Map.of("report", erased.reference(), "reason", "report-erased"));
        }
    }
}
