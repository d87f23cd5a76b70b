package org.uglymugs.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import org.uglymugs.alert.api.AlertChanged;
import org.uglymugs.alert.api.AlertContent;
import org.uglymugs.alert.api.AlertDraft;
import org.uglymugs.alert.api.AlertNotFound;
import org.uglymugs.alert.api.AlertStatus;
import org.uglymugs.alert.api.AlertView;
import org.uglymugs.alert.api.IdentifierMatch;
import org.uglymugs.alert.api.PublishedAlert;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.crypto.SealedJson;
import org.uglymugs.common.persistence.RandomIds;
import org.uglymugs.common.time.Minutes;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.report.Reports;
import org.uglymugs.report.api.NormalisedIdentifier;
import org.uglymugs.report.api.ReportEvents;

/**
 * The alert feature's one door: issues, updates and retracts alerts, keeping every version. A
 * reporter withdrawing consent to warn others retracts at once.
 *
 * <p>Erasure happens one way, in the database: {@code alert.report_id} references the report
 * {@code on delete cascade} (as moderation's claims and notes do), so erasing a report deletes its
 * alerts, their versions, areas, categories and identifier hashes with it. {@link #onErased} deletes
 * nothing; it only writes the audit entry that tells staff why a live alert is gone.
 */
@ApplicationScoped
public class Alerts {

    static final String CONSENT_WITHDRAWN = "The reporter withdrew consent to warn other workers.";

    private static final Logger LOG = Logger.getLogger(Alerts.class);

    private final SealedJson sealed;
    private final FieldCipher cipher;
    private final Reports reports;
    private final AuditTrail audit;
    private final AlertViews views;
    private final Clock clock;
    private final Event<AlertChanged> changed;
    private final IdentifierMatches matches;
    private final RandomIds ids;

    Alerts(
            SealedJson sealed,
            FieldCipher cipher,
            Reports reports,
            AuditTrail audit,
            AlertViews views,
            Clock clock,
            Event<AlertChanged> changed,
            IdentifierMatches matches,
            RandomIds ids) {
        this.sealed = sealed;
        this.cipher = cipher;
        this.reports = reports;
        this.audit = audit;
        this.views = views;
        this.clock = clock;
        this.changed = changed;
        this.matches = matches;
        this.ids = ids;
    }

    @Transactional
    public AlertView issue(
            String actor, long reportId, String reference, AlertDraft draft, List<NormalisedIdentifier> identifiers) {
        Alert alert = new Alert();
        alert.id = Alert.nextId();
        alert.reportId = reportId;
        alert.issuedAt = Minutes.now(clock);
        apply(alert, draft, identifiers, AlertStatus.ISSUED);
        alert.version = 1;
        addVersion(alert, actor, null);
        alert.persist();
        changed.fire(new AlertChanged(alert.id, alert.version, AlertChanged.Kind.ISSUED));
        audit.record(actor, AuditAction.ALERT_ISSUED, "alert:" + alert.id, Map.of("report", reference, "version", "1"));
        return views.view(alert, reference);
    }

    @Transactional
    public AlertView update(
            String actor, long id, String reference, AlertDraft draft, List<NormalisedIdentifier> identifiers) {
        Alert alert = locked(id);
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
        return views.view(alert, reference);
    }

    @Transactional
    public AlertView retract(String actor, long id, String reference, String reason) {
        Alert alert = locked(id);
        if (alert.status == AlertStatus.RETRACTED) {
            throw AlertConflict.retracted();
        }
        retract(alert, actor, reason);
        audit.record(
                actor,
                AuditAction.ALERT_RETRACTED,
                "alert:" + id,
                Map.of("report", reference, "version", Integer.toString(alert.version)));
        return views.view(alert, reference);
    }

    @Transactional
    public AlertView get(long id, String reference) {
        return views.view(find(id), reference);
    }

    /** The id of the report an alert was issued for; an unknown alert is a 404. */
    @Transactional
    public long reportOf(long alertId) {
        return find(alertId).reportId;
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
                retract(alert, AuditTrail.REPORTER, CONSENT_WITHDRAWN);
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

    private void retract(Alert alert, String actor, String reason) {
        alert.status = AlertStatus.RETRACTED;
        alert.version++;
        alert.retractedAt = Minutes.now(clock);
        alert.retractionReasonSealed = cipher.seal(reason, AlertViews.reasonCell(alert));
        alert.retractionReasonClear = null;
        alert.updatedAt = alert.retractedAt;
        addVersion(alert, actor, reason);
        changed.fire(new AlertChanged(alert.id, alert.version, AlertChanged.Kind.RETRACTED));
    }

    private void apply(Alert alert, AlertDraft draft, List<NormalisedIdentifier> identifiers, AlertStatus status) {
        AlertContent content = AlertContent.of(draft, identifiers);
        alert.status = status;
        alert.severity = draft.severity();
        alert.contentSealed = views.seal(content, alert);
        alert.areas = new TreeSet<>(draft.areas());
        alert.categories = EnumSet.copyOf(draft.categories());
        alert.identifierHashes.clear();
        identifiers.forEach(i -> alert.identifierHashes.add(new AlertIdentifierHash(i.type(), reports.matchHash(i))));
        alert.identifiersKeyId = reports.matchKeyId();
        alert.updatedAt = Minutes.now(clock);
    }

    private void addVersion(Alert alert, String actor, String reason) {
        AlertVersion v = new AlertVersion();
        v.id = ids.next("alert_version");
        v.alert = alert;
        v.version = alert.version;
        v.status = alert.status;
        v.severity = alert.severity;
        v.contentSealed = views.seal(views.content(alert), v);
        v.areas = String.join(",", alert.areas);
        v.categories = alert.categories.toString();
        v.actor = actor;
        v.reasonSealed = reason == null ? null : cipher.seal(reason, AlertViews.reasonCell(v));
        v.createdAt = Minutes.now(clock);
        alert.versions.add(v);
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

    /** The alert, its row locked for this transaction and read afresh (see {@link #onConsentsChanged}). */
    private static Alert locked(long id) {
        Alert alert = find(id);
        Alert.getEntityManager()
                .createNativeQuery("select id from alert where id = ?1 for update")
                .setParameter(1, id)
                .getResultList();
        Alert.getEntityManager().refresh(alert);
        return alert;
    }

    private static Alert find(long id) {
        Alert alert = Alert.findById(id);
        if (alert == null) {
            throw AlertNotFound.any();
        }
        return alert;
    }
}
