package org.uglymugs.staff.page;

import io.quarkus.qute.i18n.MessageBundle;
import org.uglymugs.staff.StaffRole;

/**
 * Texts of staff pages, in {@code messages/staff_en.properties} and {@code messages/staff_nl.properties};
 * this interface names every key, one method a key (no @Message needed), so templates are checked at build time.
 */
@MessageBundle(value = "staff", locale = "en")
public interface StaffMessages {

    String staff_app_name();

    String staff_footer();

    String staff_nav_label();

    String staff_nav_queue();

    String staff_nav_staff();

    String staff_nav_areas();

    String staff_nav_audit();

    String staff_logout();

    String staff_login_title();

    String staff_username();

    String staff_password();

    String staff_totp();

    String staff_totp_hint();

    String staff_login();

    String staff_login_failed();

    String staff_rate_limited();

    String staff_notice_enrolled();

    String staff_notice_logged_out();

    String staff_notice_created();

    String staff_notice_disabled();

    String staff_notice_enabled();

    String staff_notice_reset();

    String staff_notice_areas();

    String staff_notice_area_created();

    String staff_notice_area_saved();

    String staff_enrol_title();

    String staff_enrol_intro();

    String staff_enrol_step_scan();

    String staff_enrol_qr_alt();

    String staff_enrol_manual();

    String staff_enrol_open_app();

    String staff_enrol_step_code();

    String staff_enrol_confirm();

    String staff_enrol_wrong_code();

    String staff_home_title();

    String staff_home_roles(String username);

    String staff_home_liaison(int count);

    String staff_role(StaffRole role);

    String staff_any();

    String staff_awaiting();

    String staff_filter();

    String staff_none();

    String staff_by();

    String staff_when();

    String staff_reference();

    String staff_risk();

    String staff_category();

    String staff_linked();

    String staff_queue_title();

    String staff_queue_hint();

    String staff_queue_count(long total);

    String staff_queue_empty();

    String staff_report_heading(String reference);

    String staff_claimed_by(String username);

    String staff_claim();

    String staff_draft_alert();

    String staff_no_alert_consent();

    String staff_contact_held();

    String staff_message_label();

    String staff_message_hint();

    String staff_linked_heading();

    String staff_linked_none();

    String staff_linked_count(int count);

    String staff_alerts_heading();

    String staff_decide_heading();

    String staff_record();

    String staff_record_hint();

    String staff_question_label();

    String staff_ask();

    String staff_reject_reason();

    String staff_reject_SPAM();

    String staff_reject_MALICIOUS();

    String staff_reject_DUPLICATE();

    String staff_reject_OTHER();

    String staff_reject();

    String staff_notes_heading();

    String staff_notes_hint();

    String staff_note_label();

    String staff_add_note();

    String staff_draft_title();

    String staff_update_title(long id);

    String staff_back_to_report(String reference);

    String staff_alert_title();

    String staff_alert_summary();

    String staff_alert_summary_hint();

    String staff_alert_description();

    String staff_alert_identifiers();

    String staff_card_identifiers();

    String staff_alert_identifiers_hint();

    String staff_alert_severity();

    String staff_alert_areas();

    String staff_override();

    String staff_override_hint();

    String staff_preview();

    String staff_publish();

    String staff_publish_update();

    String staff_preview_heading();

    String staff_preview_hint();

    String staff_preview_label();

    String staff_pii_clear();

    String staff_pii_flags(int count);

    String staff_alert_heading(long id);

    String staff_update_heading();

    String staff_edit_alert();

    String staff_retract_heading();

    String staff_retract_reason();

    String staff_retract();

    String staff_retracted_because(String reason);

    String staff_history_heading();

    String staff_done_claimed();

    String staff_done_message_sent();

    String staff_done_note_added();

    String staff_done_decided();

    String staff_done_issued();

    String staff_done_updated();

    String staff_done_retracted();

    String staff_error_required();

    String staff_error_too_long();

    String staff_error_invalid();

    String staff_error_conflict();

    String staff_error_unknown_area();

    String staff_error_consent_missing();

    String staff_error_already_decided();

    String staff_error_alert_conflict();

    String staff_error_validation();

    String staff_error_pii_flags();

    String staff_error_pii_phone();

    String staff_error_pii_email();

    String staff_error_pii_url();

    String staff_error_pii_address();

    String staff_error_pii_reporter_contact();
}
