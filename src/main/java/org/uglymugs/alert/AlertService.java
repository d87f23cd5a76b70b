package org.uglymugs.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import org.uglymugs.alert.api.AlertChanged;
import org.uglymugs.alert.api.PublishedAlert;
import org.uglymugs.audit.AuditAction;
import org.uglymugs.audit.AuditLog;
import org.uglymugs.common.crypto.KeyedHash;
import org.uglymugs.common.crypto.SealedJson;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.report.domain.Sealed;
import org.uglymugs.report.service.NormalisedIdentifier;
import org.uglymugs.report.service.ReportEvents;

/**
 * Issues, updates and retracts alerts, keeping every version. A reporter withdrawing consent to
 * warn others retracts at once; erasing the report deletes its alerts with it.
 */
@ApplicationScoped
public class AlertService {

    static final String CONTENT = "alert.content";
    public static final String CONSENT_WITHDRAWN = "The reporter withdrew consent to warn other workers.";
    private static final Logger LOG = Logger.getLogger(AlertService.class);

    private final SealedJson sealed;
    private final KeyedHash hash;
    private final AuditLog audit;
    private final Event<AlertChanged> changed;

    public AlertService(SealedJson sealed, KeyedHash hash, AuditLog audit, Event<AlertChanged> changed) {
        this.sealed = sealed;
        this.hash = hash;
        this.audit = audit;
        this.changed = changed;
    }

    @Transactional
    public AlertView issue(
            String actor, long reportId, String reference, AlertDraft draft, List<NormalisedIdentifier> identifiers) {
        Alert alert = new Alert();
        alert.reportId = reportId;
        alert.issuedAt = OffsetDateTime.now();
        apply(alert, draft, identifiers, AlertStatus.ISSUED);
        alert.version = 1;
        addVersion(alert, actor, null);
        alert.persist();
        changed.fire(new AlertChanged(alert.id, alert.version, AlertChanged.Kind.ISSUED));
        audit.record(actor, AuditAction.ALERT_ISSUED, "alert:" + alert.id, Map.of("report", reference, "version", "1"));
        return view(alert, reference);
    }

    @Transactional
    public AlertView update(
            String actor, long id, String reference, AlertDraft draft, List<NormalisedIdentifier> identifiers) {
        Alert alert = find(id);
        if (alert.status == AlertStatus.RETRACTED) {
            throw AlertConflict.retracted();
        }
        apply(alert, draft, identifiers, AlertStatus.UPDATED);
        alert.version++;
        addVersion(alert, actor, null);
        changed.fire(new AlertChanged(alert.id, alert.version, AlertChanged.Kind.UPDATED));
        audit.record(
                actor,
                AuditAction.ALERT_UPDATED,
                "alert:" + id,
                Map.of("report", reference, "version", Integer.toString(alert.version)));
        return view(alert, reference);
    }

    @Transactional
    public AlertView retract(String actor, long id, String reference, String reason) {
        Alert alert = find(id);
        if (alert.status == AlertStatus.RETRACTED) {
            throw AlertConflict.retracted();
        }
        retract(alert, actor, reason);
        audit.record(
                actor,
                AuditAction.ALERT_RETRACTED,
                "alert:" + id,
                Map.of("report", reference, "version", Integer.toString(alert.version)));
        return view(alert, reference);
    }

    @Transactional
    public AlertView get(long id, String reference) {
        return view(find(id), reference);
    }

    @Transactional
    public long reportOf(long alertId) {
        return find(alertId).reportId;
    }

    @Transactional
    public List<AlertView> forReport(long reportId, String reference) {
        return Alert.forReport(reportId).stream().map(a -> view(a, reference)).toList();
    }

    /** True when the report has an alert that is live (not retracted). */
    @Transactional
    public boolean hasLiveAlert(long reportId) {
        return Alert.forReport(reportId).stream().anyMatch(a -> a.status != AlertStatus.RETRACTED);
    }

    void onConsentsChanged(@Observes ReportEvents.ConsentsChanged change) {
        if (Boolean.TRUE.equals(change.after().alertOthers())) {
            return;
        }
        for (Alert alert : Alert.forReport(change.reportId())) {
            if (alert.status != AlertStatus.RETRACTED) {
                retract(alert, AuditLog.REPORTER, CONSENT_WITHDRAWN);
                audit.record(
                        AuditLog.REPORTER,
                        AuditAction.ALERT_RETRACTED,
                        "alert:" + alert.id,
                        Map.of("report", change.reference(), "reason", "consent-withdrawn"));
                LOG.debug("Alert retracted: the reporter withdrew consent");
            }
        }
    }

    void onErased(@Observes ReportEvents.Erased erased) {
        for (Alert alert : Alert.forReport(erased.reportId())) {
            audit.record(
                    AuditLog.REPORTER,
                    AuditAction.ALERT_RETRACTED,
                    "alert:" + alert.id,
                    Map.of("report", erased.reference(), "reason", "report-erased"));
            alert.delete();
        }
    }

    private void retract(Alert alert, String actor, String reason) {
        alert.status = AlertStatus.RETRACTED;
        alert.version++;
        alert.retractedAt = now(actor);
        alert.retractionReason = reason;
        alert.updatedAt = alert.retractedAt;
        addVersion(alert, actor, reason);
        changed.fire(new AlertChanged(alert.id, alert.version, AlertChanged.Kind.RETRACTED));
    }

    private void apply(Alert alert, AlertDraft draft, List<NormalisedIdentifier> identifiers, AlertStatus status) {
        AlertContent content = AlertContent.of(draft, identifiers);
        alert.status = status;
        alert.severity = draft.severity();
        alert.contentSealed = sealed.seal(content, CONTENT);
        alert.areas = new TreeSet<>(draft.areas());
        alert.categories = EnumSet.copyOf(draft.categories());
        alert.identifierHashes.clear();
        identifiers.forEach(i -> alert.identifierHashes.add(
                new AlertIdentifierHash(i.type(), hash.hash(Sealed.IDENTIFIER_HASH, i.matchKey()))));
        alert.updatedAt = OffsetDateTime.now();
    }

    private static void addVersion(Alert alert, String actor, String reason) {
        AlertVersion v = new AlertVersion();
        v.alert = alert;
        v.version = alert.version;
        v.status = alert.status;
        v.severity = alert.severity;
        v.contentSealed = alert.contentSealed;
        v.areas = String.join(",", alert.areas);
        v.categories = alert.categories.toString();
        v.actor = actor;
        v.reason = reason;
        v.createdAt = now(actor);
        alert.versions.add(v);
    }

    /** Times of what a reporter set off are kept to the minute, like the report's own. */
    private static OffsetDateTime now(String actor) {
        OffsetDateTime now = OffsetDateTime.now();
        return AuditLog.REPORTER.equals(actor) ? now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES) : now;
    }

    private AlertView view(Alert a, String reference) {
        List<AlertView.Version> history = a.versions.stream()
                .map(v -> new AlertView.Version(
                        v.version,
                        v.status,
                        v.severity,
                        sealed.open(v.contentSealed, AlertContent.class, CONTENT)
                                .title(),
                        v.actor,
                        v.reason,
                        v.createdAt))
                .toList();
        return new AlertView(
                a.id,
                reference,
                a.status,
                a.version,
                a.severity,
                Set.copyOf(a.areas),
                Set.copyOf(a.categories),
                sealed.open(a.contentSealed, AlertContent.class, CONTENT),
                a.issuedAt,
                a.updatedAt,
                a.retractedAt,
                a.retractionReason,
                history);
    }

    // Reading for subscribers: the published content only, as records (see PublishedAlert).

    /** One version of an alert as subscribers read it; empty when the alert is gone. */
    @Transactional
    public Optional<PublishedAlert> published(long id, int version) {
        return PublishedAlerts.version(sealed, id, version);
    }

    /** The current version of an alert as subscribers read it; empty when the alert is gone. */
    @Transactional
    public Optional<PublishedAlert> published(long id) {
        return PublishedAlerts.current(sealed, id);
    }

    /** The live (not retracted) alerts in any of these areas, newest first. */
    @Transactional
    public Page<PublishedAlert> liveIn(Set<String> areas, PageRequest page) {
        return PublishedAlerts.liveIn(sealed, areas, page);
    }

    private static Alert find(long id) {
        Alert alert = Alert.findById(id);
        if (alert == null) {
            throw AlertNotFound.forId(id);
        }
        return alert;
    }
}
