package org.uglymugs.staff.page;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the admin pages (staff accounts, areas, audit log), in {@code messages/admin_en.properties}
 * and {@code messages/admin_nl.properties}; this interface names every key so templates are checked at
 * build time. Error texts are {@code admin_error_<code>}, for the codes of the API's field errors.
 */
@MessageBundle(value = "admin", locale = "en")
public interface AdminMessages {

    String admin_none();

    String admin_never();

    String admin_inactive();

    String error_required();

    String error_choose();

    String error_too_short();

    String error_taken();

    String error_unknown_area();

    String error_locked_out();

    String error_unconfirmed();

    String error_date();

    String error_action();

    String error_page();

    String admin_col_actions();

    String admin_staff_title();

    String admin_staff_caption(long total);

    String admin_col_username();

    String admin_col_roles();

    String admin_col_areas();

    String admin_col_totp();

    String admin_col_disabled();

    String admin_col_locked();

    String admin_col_last_login();

    String admin_disable();

    String admin_enable();

    String admin_reset();

    String admin_reset_confirm(String username);

    String admin_areas_change();

    String admin_areas_legend(String username);

    String admin_areas_save();

    String admin_create_heading();

    String admin_create_intro();

    String admin_label_username();

    String admin_hint_username();

    String admin_label_password();

    String admin_hint_password(int min);

    String admin_label_roles();

    String admin_label_areas();

    String admin_hint_areas();

    String admin_create();

    String admin_areas_title();

    String admin_areas_intro();

    String admin_areas_caption(int count);

    String admin_col_area_id();

    String admin_col_area_name();

    String admin_col_area_active();

    String admin_area_name_of(String id);

    String admin_area_active();

    String admin_area_save();

    String admin_area_add_heading();

    String admin_label_area_id();

    String admin_hint_area_id();

    String admin_label_area_name();

    String admin_area_add();

    String admin_audit_title();

    String admin_audit_intro();

    String admin_audit_verify_heading();

    String admin_audit_verify_intro();

    String admin_audit_verify();

    String admin_audit_intact(long count);

    String admin_audit_broken(Long id, long count);

    String admin_audit_problem_link();

    String admin_audit_problem_content();

    String admin_audit_entries_heading();

    String admin_label_actor();

    String admin_label_action();

    String admin_any_action();

    String admin_label_target();

    String admin_label_from();

    String admin_label_to();

    String admin_filter_clear();

    String admin_audit_caption(long total);

    String admin_audit_none();

    String admin_col_entry();

    String admin_col_at();

    String admin_col_actor();

    String admin_col_action();

    String admin_col_target();

    String admin_col_details();

    String admin_col_hash();
}
