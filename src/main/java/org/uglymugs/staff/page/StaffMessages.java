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

    String staff_done_claimed();

    String staff_done_message_sent();

    String staff_done_note_added();

    String staff_done_decided();

    String staff_done_issued();

    String staff_done_updated();

    String staff_done_retracted();
}
