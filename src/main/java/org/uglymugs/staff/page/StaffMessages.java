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
}
