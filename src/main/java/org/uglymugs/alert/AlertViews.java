package org.uglymugs.alert;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.uglymugs.alert.api.AlertContent;
import org.uglymugs.alert.api.AlertView;
import org.uglymugs.common.crypto.Cell;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.crypto.SealedJson;

/** The alert feature's one mapper: alert entities to the records moderators see, opening the sealed content. */
@ApplicationScoped
class AlertViews {

    private final SealedJson sealed;
    private final FieldCipher cipher;

    AlertViews(SealedJson sealed, FieldCipher cipher) {
        this.sealed = sealed;
        this.cipher = cipher;
    }

    AlertView view(Alert a, String reference) {
        List<AlertView.Version> history = a.versions.stream().map(this::version).toList();
        return new AlertView(
                a.id,
                reference,
                a.status,
                a.version,
                a.severity,
                Set.copyOf(a.areas),
                Set.copyOf(a.categories),
                content(a),
                a.issuedAt,
                a.updatedAt,
                a.retractedAt,
                a.retractionReasonSealed != null
                        ? cipher.open(a.retractionReasonSealed, reasonCell(a))
                        : a.retractionReasonClear,
                history);
    }

    private AlertView.Version version(AlertVersion v) {
        return new AlertView.Version(
                v.version,
                v.status,
                v.severity,
                content(v).title(),
                v.actor,
                v.reasonSealed != null ? cipher.open(v.reasonSealed, reasonCell(v)) : v.reasonClear,
                v.createdAt);
    }

    AlertContent content(Alert a) {
        return sealed.open(a.contentSealed, AlertContent.class, cell(a));
    }

    AlertContent content(AlertVersion v) {
        return sealed.open(v.contentSealed, AlertContent.class, cell(v));
    }

    /** The alert's content, sealed bound to its row (the version's copy to the version's row). */
    byte[] seal(AlertContent content, Alert a) {
        return sealed.seal(content, cell(a));
    }

    byte[] seal(AlertContent content, AlertVersion v) {
        return sealed.seal(content, cell(v));
    }

    static Cell cell(Alert a) {
        return Cell.of("alert", "content_sealed", a.id);
    }

    static Cell cell(AlertVersion v) {
        return Cell.of("alert_version", "content_sealed", v.id);
    }

    /** The retraction reason (sealed since V16; a row from before it holds clear text until sealed at start-up). */
    static Cell reasonCell(Alert a) {
        return Cell.of("alert", "retraction_reason_sealed", a.id);
    }

    static Cell reasonCell(AlertVersion v) {
        return Cell.of("alert_version", "reason_sealed", v.id);
    }
}
