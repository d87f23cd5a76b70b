package org.uglymugs.staff.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the admin pages (staff accounts, areas, audit log), in {@code messages/admin_en.properties}
 * and {@code messages/admin_nl.properties}; this interface names every key so templates are checked at
 * build time. Error texts are {@code admin_error_<code>}, for the codes of the API's field errors.
 */
@MessageBundle(value = "admin", locale = "en")
public interface AdminMessages {

    @Message
    String admin_yes();

    @Message
    String admin_no();

    @Message
    String admin_none();

    @Message
    String admin_never();

    @Message
    String admin_inactive();

    @Message
    String admin_error_required();

    @Message
    String admin_error_choose();

    @Message
    String admin_error_too_long();

    @Message
    String admin_error_too_short();

    @Message
    String admin_error_invalid();

    @Message
    String admin_error_taken();

    @Message
    String admin_error_unknown_area();

    @Message
    String admin_error_locked_out();

    @Message
    String admin_error_unconfirmed();

    @Message
    String admin_error_date();

    @Message
    String admin_error_action();

    @Message
    String admin_error_page();

    @Message
    String admin_col_actions();

    @Message
    String admin_staff_title();

    @Message
    String admin_staff_caption(long total);

    @Message
    String admin_col_username();

    @Message
    String admin_col_roles();

    @Message
    String admin_col_areas();

    @Message
    String admin_col_totp();

    @Message
    String admin_col_disabled();

    @Message
    String admin_col_locked();

    @Message
    String admin_col_last_login();

    @Message
    String admin_disable();

    @Message
    String admin_enable();

    @Message
    String admin_reset();

    @Message
    String admin_reset_confirm(String username);

    @Message
    String admin_areas_change();

    @Message
    String admin_areas_legend(String username);

    @Message
    String admin_areas_save();

    @Message
    String admin_create_heading();

    @Message
    String admin_create_intro();

    @Message
    String admin_label_username();

    @Message
    String admin_hint_username();

    @Message
    String admin_label_password();

    @Message
    String admin_hint_password(int min);

    @Message
    String admin_label_roles();

    @Message
    String admin_label_areas();

    @Message
    String admin_hint_areas();

    @Message
    String admin_create();

    @Message
    String admin_areas_title();

    @Message
    String admin_areas_intro();

    @Message
    String admin_areas_caption(int count);

    @Message
    String admin_col_area_id();

    @Message
    String admin_col_area_name();

    @Message
    String admin_col_area_active();

    @Message
    String admin_area_name_of(String id);

    @Message
    String admin_area_active();

    @Message
    String admin_area_save();

    @Message
    String admin_area_add_heading();

    @Message
    String admin_label_area_id();

    @Message
    String admin_hint_area_id();

    @Message
    String admin_label_area_name();

    @Message
    String admin_area_add();

    @Message
    String admin_audit_title();

    @Message
    String admin_audit_intro();

    @Message
    String admin_audit_verify_heading();

    @Message
    String admin_audit_verify_intro();

    @Message
    String admin_audit_verify();

    @Message
    String admin_audit_intact(long count);

    @Message
    String admin_audit_broken(Long id, long count);

    @Message
    String admin_audit_problem_link();

    @Message
    String admin_audit_problem_content();

    @Message
    String admin_audit_entries_heading();

    @Message
    String admin_label_actor();

    @Message
    String admin_label_action();

    @Message
    String admin_any_action();

    @Message
    String admin_label_target();

    @Message
    String admin_label_from();

    @Message
    String admin_label_to();

    @Message
    String admin_filter();

    @Message
    String admin_filter_clear();

    @Message
    String admin_audit_caption(long total);

    @Message
    String admin_audit_none();

    @Message
    String admin_col_entry();

    @Message
    String admin_col_at();

    @Message
    String admin_col_actor();

    @Message
    String admin_col_action();

    @Message
    String admin_col_target();

    @Message
    String admin_col_details();

    @Message
    String admin_col_hash();
}
