package org.uglymugs.moderation.page;

import io.quarkus.qute.i18n.MessageBundle;
import org.uglymugs.alert.api.AlertSeverity;
import org.uglymugs.alert.api.AlertStatus;
import org.uglymugs.moderation.pii.PiiKind;
import org.uglymugs.report.api.HandlingCode;
import org.uglymugs.report.api.MessageAuthor;
import org.uglymugs.report.api.RiskLevel;
import org.uglymugs.report.api.SourceEvaluation;

/**
 * Texts of the moderation desk ({@code mod}), in {@code messages/mod_en.properties} and
 * {@code messages/mod_nl.properties}; one method a key, so templates are checked at build time. An
 * enum's labels are one key taking the enum, its text a {@code {#when}} over the constants.
 */
@MessageBundle(value = "mod", locale = "en")
public interface ModerationMessages {

    String any();

    String awaiting();

    String none();

    String by();

    String when();

    String reference();

    String risk_label();

    String category();

    String linked();

    String queue_title();

    String queue_hint();

    String queue_count(long total);

    String queue_empty();

    String claimed_by(String username);

    String claim();

    String no_alert_consent();

    String contact_held();

    String message_label();

    String message_hint();

    String linked_heading();

    String linked_none();

    String linked_count(int count);

    String alerts_heading();

    String decide_heading();

    String record();

    String record_hint();

    String question_label();

    String ask();

    String reject_reason();

    String reject_SPAM();

    String reject_MALICIOUS();

    String reject_DUPLICATE();

    String reject_OTHER();

    String reject();

    String notes_heading();

    String notes_hint();

    String note_label();

    String add_note();

    String draft_title();

    String update_title(long id);

    String back_to_report(String reference);

    String alert_title();

    String alert_summary();

    String alert_summary_hint();

    String alert_description();

    String alert_identifiers();

    String card_identifiers();

    String alert_identifiers_hint();

    String alert_areas();

    String override();

    String override_hint();

    String preview();

    String publish();

    String publish_update();

    String preview_heading();

    String preview_hint();

    String preview_label();

    String pii_clear();

    String pii_flags(int count);

    String alert_heading(long id);

    String update_heading();

    String edit_alert();

    String retract_heading();

    String retract_reason();

    String retract();

    String retracted_because(String reason);

    String history_heading();

    String error_required();

    String error_conflict();

    String error_unknown_area();

    String error_consent_missing();

    String error_already_decided();

    String error_alert_conflict();

    String error_validation();

    String error_pii_flags();

    String error_pii_phone();

    String error_pii_email();

    String error_pii_url();

    String error_pii_address();

    String error_pii_reporter_contact();

    String risk(RiskLevel risk);

    String from(MessageAuthor author);

    String alert_status(AlertStatus status);

    String severity(AlertSeverity severity);

    String pii(PiiKind kind);

    String intel_heading();

    String intel_hint();

    String intel_summary();

    String intel_source();

    String intel_assessment();

    String intel_handling();

    String intel_conditions();

    String intel_override();

    String intel_save();

    String no_intel_consent();

    String source_evaluation(SourceEvaluation source);

    String assessment(int grade);

    String handling(HandlingCode code);

    String override_never();

    String contact_reveal_hint();

    String contact_reason_label();

    String contact_SUPPORT_REQUESTED();

    String contact_SAFETY_CONCERN();

    String contact_REPORTER_REQUEST();

    String contact_reveal();

    String contact_police_only();
}
