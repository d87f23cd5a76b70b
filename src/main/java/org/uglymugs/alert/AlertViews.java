package org.uglymugs.alert;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.uglymugs.alert.api.AlertContent;
import org.uglymugs.alert.api.AlertView;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.crypto.SealedJson;

/** The alert feature's one mapper: alert entities to the records moderators see, opening the sealed content. */
@ApplicationScoped
class AlertViews {

    /** Encryption context of an alert's (and its versions') sealed content. */
    static final String CONTENT = "alert.content";

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
                content(a.contentSealed),
                a.issuedAt,
                a.updatedAt,
                a.retractedAt,
                reason(a.retractionReasonSealed, a.retractionReasonClear, Alerts.REASON),
                history);
    }

    private AlertView.Version version(AlertVersion v) {
        return new AlertView.Version(
                v.version,
                v.status,
                v.severity,
                content(v.contentSealed).title(),
                v.actor,
                reason(v.reasonSealed, v.reasonClear, Alerts.VERSION_REASON),
                v.createdAt);
    }

    /** A retraction reason, sealed since V16; a row from before it still holds the clear text until sealed. */
    private String reason(byte[] reasonSealed, String clear, String context) {
        return reasonSealed != null ? cipher.open(reasonSealed, context) : clear;
    }

    private AlertContent content(byte[] contentSealed) {
        return sealed.open(contentSealed, AlertContent.class, CONTENT);
    }
}
