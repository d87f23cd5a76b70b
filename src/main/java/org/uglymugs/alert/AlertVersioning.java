package org.uglymugs.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import org.uglymugs.alert.api.AlertChanged;
import org.uglymugs.alert.api.AlertContent;
import org.uglymugs.alert.api.AlertDraft;
import org.uglymugs.alert.api.AlertNotFound;
import org.uglymugs.alert.api.AlertStatus;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.persistence.RandomIds;
import org.uglymugs.common.time.Minutes;
import org.uglymugs.report.Reports;
import org.uglymugs.report.api.NormalisedIdentifier;

/**
 * How an alert changes, in the caller's transaction: a draft's content applied (sealed, with the
 * keyed hashes of the identifiers chosen for publication), each change kept as a version, and a
 * retraction sealed with its reason; and the alert found, or locked and read afresh.
 */
@ApplicationScoped
class AlertVersioning {

    private final FieldCipher cipher;
    private final Reports reports;
    private final AlertViews views;
    private final Clock clock;
    private final Event<AlertChanged> changed;
    private final RandomIds ids;

    AlertVersioning(
            FieldCipher cipher,
            Reports reports,
            AlertViews views,
            Clock clock,
            Event<AlertChanged> changed,
            RandomIds ids) {
        this.cipher = cipher;
        this.reports = reports;
        this.views = views;
        this.clock = clock;
        this.changed = changed;
        this.ids = ids;
    }

    void retract(Alert alert, String actor, String reason) {
        alert.status = AlertStatus.RETRACTED;
        alert.version++;
        alert.retractedAt = Minutes.now(clock);
        alert.retractionReasonSealed = cipher.seal(reason, AlertViews.reasonCell(alert));
        alert.retractionReasonClear = null;
        alert.updatedAt = alert.retractedAt;
        addVersion(alert, actor, reason);
        changed.fire(new AlertChanged(alert.id, alert.version, AlertChanged.Kind.RETRACTED));
    }

    void apply(Alert alert, AlertDraft draft, List<NormalisedIdentifier> identifiers, AlertStatus status) {
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

    void addVersion(Alert alert, String actor, String reason) {
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

    /** The alert, its row locked for this transaction and read afresh (see {@link AlertsOnReportEvents}). */
    static Alert locked(long id) {
        Alert alert = find(id);
        Alert.getEntityManager()
                .createNativeQuery("select id from alert where id = ?1 for update")
                .setParameter(1, id)
                .getResultList();
        Alert.getEntityManager().refresh(alert);
        return alert;
    }

    /** The alert; an unknown one is the one 404. */
    static Alert find(long id) {
        Alert alert = Alert.findById(id);
        if (alert == null) {
            throw AlertNotFound.any();
        }
        return alert;
    }
}
