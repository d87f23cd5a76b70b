package org.uglymugs.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.uglymugs.alert.api.AlertChanged;
import org.uglymugs.alert.api.AlertDraft;
import org.uglymugs.alert.api.AlertStatus;
import org.uglymugs.alert.api.AlertView;
import org.uglymugs.alert.api.IdentifierMatch;
import org.uglymugs.alert.api.PublishedAlert;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.crypto.SealedJson;
import org.uglymugs.common.time.Minutes;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.report.Reports;
import org.uglymugs.report.api.NormalisedIdentifier;

/**
 * The alert feature's one door: issues, updates and retracts alerts, keeping every version
 * ({@link AlertVersioning}), and reads them for staff and subscribers. What a report's own events
 * do to its alerts (a withdrawn consent retracts them at once, an erasure deletes them) is
 * {@link AlertsOnReportEvents}.
 */
@ApplicationScoped
public class Alerts {

    private final SealedJson sealed;
    private final Reports reports;
    private final AuditTrail audit;
    private final AlertViews views;
    private final AlertVersioning versioning;
    private final Clock clock;
    private final Event<AlertChanged> changed;
    private final IdentifierMatches matches;

    Alerts(
            SealedJson sealed,
            Reports reports,
            AuditTrail audit,
            AlertViews views,
            AlertVersioning versioning,
            Clock clock,
            Event<AlertChanged> changed,
            IdentifierMatches matches) {
        this.sealed = sealed;
        this.reports = reports;
        this.audit = audit;
        this.views = views;
        this.versioning = versioning;
        this.clock = clock;
        this.changed = changed;
        this.matches = matches;
    }

    @Transactional
    public AlertView issue(
            String actor, long reportId, String reference, AlertDraft draft, List<NormalisedIdentifier> identifiers) {
        Alert alert = new Alert();
        alert.id = Alert.nextId();
        alert.reportId = reportId;
        alert.issuedAt = Minutes.now(clock);
        versioning.apply(alert, draft, identifiers, AlertStatus.ISSUED);
        alert.version = 1;
        versioning.addVersion(alert, actor, null);
        alert.persist();
        changed.fire(new AlertChanged(alert.id, alert.version, AlertChanged.Kind.ISSUED));
        audit.record(actor, AuditAction.ALERT_ISSUED, "alert:" + alert.id, Map.of("report", reference, "version", "1"));
        return views.view(alert, reference);
    }

    @Transactional
    public AlertView update(
            String actor, long id, String reference, AlertDraft draft, List<NormalisedIdentifier> identifiers) {
        Alert alert = AlertVersioning.locked(id);
        if (alert.status == AlertStatus.RETRACTED) {
            throw AlertConflict.retracted();
        }
        versioning.apply(alert, draft, identifiers, AlertStatus.UPDATED);
        alert.version++;
        versioning.addVersion(alert, actor, null);
        changed.fire(new AlertChanged(alert.id, alert.version, AlertChanged.Kind.UPDATED));
        audit.record(
                actor,
                AuditAction.ALERT_UPDATED,
                "alert:" + id,
                Map.of("report", reference, "version", Integer.toString(alert.version)));
        return views.view(alert, reference);
    }

    @Transactional
    public AlertView retract(String actor, long id, String reference, String reason) {
        Alert alert = AlertVersioning.locked(id);
        if (alert.status == AlertStatus.RETRACTED) {
            throw AlertConflict.retracted();
        }
        versioning.retract(alert, actor, reason);
        audit.record(
                actor,
                AuditAction.ALERT_RETRACTED,
                "alert:" + id,
                Map.of("report", reference, "version", Integer.toString(alert.version)));
        return views.view(alert, reference);
    }

    @Transactional
    public AlertView get(long id, String reference) {
        return views.view(AlertVersioning.find(id), reference);
    }

    /** The id of the report an alert was issued for; an unknown alert is a 404. */
    @Transactional
    public long reportOf(long alertId) {
        return AlertVersioning.find(alertId).reportId;
    }

    @Transactional
    public List<AlertView> forReport(long reportId, String reference) {
        return Alert.forReport(reportId).stream()
                .map(a -> views.view(a, reference))
                .toList();
    }

    /** True when the report has an alert that is live (not retracted). */
    @Transactional
    public boolean hasLiveAlert(long reportId) {
        return Alert.forReport(reportId).stream().anyMatch(a -> a.status != AlertStatus.RETRACTED);
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

    /**
     * The live (issued or updated, not retracted) alerts that publish this identifier, newest change
     * first, matched by its keyed hash under every configured HMAC key (so alerts not yet re-hashed in
     * an HMAC key rotation are found too): one indexed statement, no transaction, no entity loaded.
     */
    public List<IdentifierMatch> liveMatching(NormalisedIdentifier identifier) {
        return matches.live(reports.matchHashes(identifier));
    }

    /** Whether {@link #liveMatching} answers from memory now (no statement): its index is current. */
    public boolean matchesInMemory() {
        return matches.inMemory();
    }
}
