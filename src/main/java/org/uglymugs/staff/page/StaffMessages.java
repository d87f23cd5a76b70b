package org.uglymugs.staff.page;

import io.quarkus.qute.i18n.MessageBundle;
import org.uglymugs.staff.StaffRole;

/**
 * Texts of the staff pages ({@code staff}): sign-in, enrolment, the desk's frame and notices, and
 * the admin pages (staff accounts, areas, audit log), in {@code messages/staff_en.properties} and
 * {@code messages/staff_nl.properties}; one method a key, so templates are checked at build time.
 * Error texts are {@code error_<code>}, for the codes of the admin forms' field errors.
 */
@MessageBundle(value = "staff", locale = "en")
public interface StaffMessages {

    String app_name();

    String footer();

    String nav_label();

    String logout();

    String login_title();

    String username();

    String password();

    String totp();

    String totp_hint();

    String login();

    String login_failed();

    String rate_limited();

    String notice_enrolled();

    String notice_logged_out();

    String notice_created();

    String notice_disabled();

    String notice_enabled();

    String notice_reset();

    String notice_areas();

    String notice_area_created();

    String notice_area_saved();

    String notice_subscriber_approved();

    String notice_subscriber_rejected();

    String notice_delivery_retried();

    String label_reason();

    String label_status();

    String retention_title();

    String retention_intro();

    String retention_caption();

    String retention_kind();

    String retention_keep();

    String retention_from();

    String retention_deleted();

    String retention_days(long days);

    String retention_last_run(String started, String finished);

    String retention_never();

    String enrol_title();

    String enrol_intro();

    String enrol_step_scan();

    String enrol_qr_alt();

    String enrol_manual();

    String enrol_open_app();

    String enrol_step_code();

    String enrol_wrong_code();

    String home_title();

    String home_roles(String username);

    String home_liaison(int count);

    String role(StaffRole role);

    String done_claimed();

    String done_message_sent();

    String done_note_added();

    String done_decided();

    String done_issued();

    String done_updated();

    String done_retracted();

    String done_acknowledged();

    String done_intelligence();

    String done_contacted();

    String none();

    String never();

    String inactive();

    String error_choose();

    String error_too_short();

    String error_taken();

    String error_unknown_area();

    String error_locked_out();

    String error_date();

    String error_action();

    String error_page();

    String col_actions();

    String staff_title();

    String staff_caption(long total);

    String col_totp();

    String col_disabled();

    String col_locked();

    String col_last_login();

    String disable();

    String enable();

    String reset();

    String reset_confirm(String username);

    String areas_change();

    String areas_legend(String username);

    String areas_save();

    String create_heading();

    String create_intro();

    String hint_username();

    String label_password();

    String hint_password(int min);

    String label_roles();

    String label_areas();

    String hint_areas();

    String create();

    String areas_intro();

    String areas_caption(int count);

    String area_name_of(String id);

    String area_save();

    String area_add_heading();

    String label_area_id();

    String hint_area_id();

    String label_area_name();

    String label_area_name_nl();

    String hint_area_name_nl();

    String area_name_nl_of(String id);

    String area_add();

    String audit_title();

    String audit_intro();

    String audit_verify_heading();

    String audit_verify_intro();

    String audit_verify();

    String audit_intact(long count);

    String audit_broken(Long id, long count);

    String audit_problem_link();

    String audit_problem_content();

    String audit_entries_heading();

    String label_actor();

    String label_action();

    String any_action();

    String label_target();

    String label_from();

    String label_to();

    String filter_clear();

    String audit_caption(long total);

    String audit_none();

    String col_entry();

    String col_at();

    String col_actor();

    String col_details();

    String col_hash();

    String audit_head_heading();

    String audit_head_intro();

    String label_digest();

    String audit_head_check();

    String audit_head_contained();

    String audit_head_changed();

    String audit_head_missing();

    String audit_head_dropped();

    String audit_head_not_signed();

    String audit_head_unreadable();

    String password_title();

    String password_forced();

    String password_intro();

    String label_current_password();

    String label_new_password();

    String password_save();

    String password_wrong_current();

    String password_unusable();

    String notice_password();

    String repeated_enrolment();
}
