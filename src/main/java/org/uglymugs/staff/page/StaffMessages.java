package org.uglymugs.staff.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of staff pages, in {@code messages/staff_en.properties} and {@code messages/staff_nl.properties};
 * this interface names every key so templates are checked at build time.
 */
@MessageBundle(value = "staff", locale = "en")
public interface StaffMessages {

    @Message
    String staff_app_name();

    @Message
    String staff_footer();

    @Message
    String staff_nav_label();

    @Message
    String staff_nav_queue();

    @Message
    String staff_nav_staff();

    @Message
    String staff_nav_areas();

    @Message
    String staff_nav_audit();

    @Message
    String staff_logout();

    @Message
    String staff_login_title();

    @Message
    String staff_username();

    @Message
    String staff_password();

    @Message
    String staff_totp();

    @Message
    String staff_totp_hint();

    @Message
    String staff_login();

    @Message
    String staff_login_failed();

    @Message
    String staff_rate_limited();

    @Message
    String staff_notice_enrolled();

    @Message
    String staff_notice_logged_out();

    @Message
    String staff_notice_created();

    @Message
    String staff_notice_disabled();

    @Message
    String staff_notice_enabled();

    @Message
    String staff_notice_reset();

    @Message
    String staff_notice_areas();

    @Message
    String staff_notice_area_created();

    @Message
    String staff_notice_area_saved();

    @Message
    String staff_enrol_title();

    @Message
    String staff_enrol_intro();

    @Message
    String staff_enrol_step_scan();

    @Message
    String staff_enrol_qr_alt();

    @Message
    String staff_enrol_manual();

    @Message
    String staff_enrol_open_app();

    @Message
    String staff_enrol_step_code();

    @Message
    String staff_enrol_confirm();

    @Message
    String staff_enrol_wrong_code();

    @Message
    String staff_home_title();

    @Message
    String staff_home_roles(String username);

    @Message
    String staff_home_liaison(int count);

    @Message
    String staff_role_MODERATOR();

    @Message
    String staff_role_POLICE_LIAISON();

    @Message
    String staff_role_ADMIN();

    @Message
    String staff_any();

    @Message
    String staff_awaiting();

    @Message
    String staff_filter();

    @Message
    String staff_none();

    @Message
    String staff_by();

    @Message
    String staff_when();

    @Message
    String staff_reference();

    @Message
    String staff_risk();

    @Message
    String staff_category();

    @Message
    String staff_linked();

    @Message
    String staff_queue_title();

    @Message
    String staff_queue_hint();

    @Message
    String staff_queue_count(long total);

    @Message
    String staff_queue_empty();

    @Message
    String staff_risk_HIGH();

    @Message
    String staff_risk_ELEVATED();

    @Message
    String staff_risk_STANDARD();

    @Message
    String staff_report_heading(String reference);

    @Message
    String staff_claimed_by(String username);

    @Message
    String staff_claim();

    @Message
    String staff_draft_alert();

    @Message
    String staff_no_alert_consent();

    @Message
    String staff_contact_held();

    @Message
    String staff_from_REPORTER();

    @Message
    String staff_from_MODERATOR();

    @Message
    String staff_message_label();

    @Message
    String staff_message_hint();

    @Message
    String staff_linked_heading();

    @Message
    String staff_linked_none();

    @Message
    String staff_linked_count(int count);

    @Message
    String staff_alerts_heading();

    @Message
    String staff_alert_ISSUED();

    @Message
    String staff_alert_UPDATED();

    @Message
    String staff_alert_RETRACTED();

    @Message
    String staff_decide_heading();

    @Message
    String staff_record();

    @Message
    String staff_record_hint();

    @Message
    String staff_question_label();

    @Message
    String staff_ask();

    @Message
    String staff_reject_reason();

    @Message
    String staff_reject_SPAM();

    @Message
    String staff_reject_MALICIOUS();

    @Message
    String staff_reject_DUPLICATE();

    @Message
    String staff_reject_OTHER();

    @Message
    String staff_reject();

    @Message
    String staff_notes_heading();

    @Message
    String staff_notes_hint();

    @Message
    String staff_note_label();

    @Message
    String staff_add_note();

    @Message
    String staff_draft_title();

    @Message
    String staff_update_title(long id);

    @Message
    String staff_back_to_report(String reference);

    @Message
    String staff_alert_title();

    @Message
    String staff_alert_summary();

    @Message
    String staff_alert_summary_hint();

    @Message
    String staff_alert_description();

    @Message
    String staff_alert_identifiers();

    @Message
    String staff_card_identifiers();

    @Message
    String staff_alert_identifiers_hint();

    @Message
    String staff_alert_severity();

    @Message
    String staff_alert_areas();

    @Message
    String staff_severity_LOW();

    @Message
    String staff_severity_MEDIUM();

    @Message
    String staff_severity_HIGH();

    @Message
    String staff_severity_CRITICAL();

    @Message
    String staff_override();

    @Message
    String staff_override_hint();

    @Message
    String staff_preview();

    @Message
    String staff_publish();

    @Message
    String staff_publish_update();

    @Message
    String staff_preview_heading();

    @Message
    String staff_preview_hint();

    @Message
    String staff_preview_label();

    @Message
    String staff_pii_clear();

    @Message
    String staff_pii_flags(int count);

    @Message
    String staff_pii_PHONE();

    @Message
    String staff_pii_EMAIL();

    @Message
    String staff_pii_URL();

    @Message
    String staff_pii_ADDRESS();

    @Message
    String staff_pii_REPORTER_CONTACT();

    @Message
    String staff_alert_heading(long id);

    @Message
    String staff_update_heading();

    @Message
    String staff_edit_alert();

    @Message
    String staff_retract_heading();

    @Message
    String staff_retract_reason();

    @Message
    String staff_retract();

    @Message
    String staff_retracted_because(String reason);

    @Message
    String staff_history_heading();

    @Message
    String staff_done_claimed();

    @Message
    String staff_done_message_sent();

    @Message
    String staff_done_note_added();

    @Message
    String staff_done_decided();

    @Message
    String staff_done_issued();

    @Message
    String staff_done_updated();

    @Message
    String staff_done_retracted();

    @Message
    String staff_error_required();

    @Message
    String staff_error_too_long();

    @Message
    String staff_error_invalid();

    @Message
    String staff_error_conflict();

    @Message
    String staff_error_unknown_area();

    @Message
    String staff_error_consent_missing();

    @Message
    String staff_error_already_decided();

    @Message
    String staff_error_alert_conflict();

    @Message
    String staff_error_validation();

    @Message
    String staff_error_pii_flags();

    @Message
    String staff_error_pii_phone();

    @Message
    String staff_error_pii_email();

    @Message
    String staff_error_pii_url();

    @Message
    String staff_error_pii_address();

    @Message
    String staff_error_pii_reporter_contact();
}
