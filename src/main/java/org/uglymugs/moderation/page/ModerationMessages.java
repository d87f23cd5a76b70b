package org.uglymugs.moderation.page;

import io.quarkus.qute.i18n.MessageBundle;
import org.uglymugs.alert.api.AlertSeverity;
import org.uglymugs.alert.api.AlertStatus;
import org.uglymugs.moderation.pii.PiiKind;
import org.uglymugs.report.api.MessageAuthor;
import org.uglymugs.report.api.RiskLevel;

/**
 * Texts of the moderation desk ({@code mod}), in {@code messages/mod_en.properties} and
 * {@code messages/mod_nl.properties}; one method a key, so templates are checked at build time. An
 * enum's labels are one key taking the enum, its text a {@code {#when}} over the constants.
 */
@MessageBundle(value = "mod", locale = "en")
public interface ModerationMessages {

    String risk(RiskLevel risk);

    String from(MessageAuthor author);

    String alert_status(AlertStatus status);

    String severity(AlertSeverity severity);

    String pii(PiiKind kind);
}
