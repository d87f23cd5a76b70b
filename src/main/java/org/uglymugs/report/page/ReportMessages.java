package org.uglymugs.report.page;

import io.quarkus.qute.i18n.MessageBundle;
import org.uglymugs.report.api.Category;
import org.uglymugs.report.api.HowLong;
import org.uglymugs.report.api.IdentifierType;
import org.uglymugs.report.api.MessageAuthor;
import org.uglymugs.report.api.ReportStatus;
import org.uglymugs.report.api.Setting;
import org.uglymugs.report.api.ThreatsMade;

/**
 * Texts of the reporter pages ({@code msg}), in {@code messages/msg_en.properties} and
 * {@code messages/msg_nl.properties}; this interface names every key, one method a key (no @Message
 * needed), so templates are checked at build time. An enum's labels are one key taking the enum,
 * its text a {@code {#when}} over the constants, so no template builds a key at render time.
 */
@MessageBundle(value = "msg", locale = "en")
public interface ReportMessages {

    String app_name();

    String skip_to_content();

    String nav_label();

    String nav_report();

    String footer_privacy();

    String answer_unknown();

    String report_title();

    String report_intro();

    String report_anonymous();

    String section_what();

    String label_categories();

    String label_account();

    String hint_account();

    String section_when();

    String label_date();

    String label_time_from();

    String label_time_to();

    String section_where();

    String label_area();

    String label_setting();

    String label_location();

    String hint_location();

    String section_who();

    String hint_who();

    String label_gender();

    String label_age();

    String label_height();

    String label_build();

    String label_hair();

    String label_eyes();

    String label_skin();

    String label_voice();

    String label_smell();

    String label_marks();

    String label_clothing();

    String label_vehicle();

    String label_said();

    String label_identifiers();

    String hint_identifiers();

    String identifier_row(int n);

    String label_identifier_type();

    String label_identifier_value();

    String label_identifier_platform();

    String hint_identifier_value();

    String hint_platform();

    String section_risk();

    String hint_risk();

    String risk_knows();

    String risk_others();

    String risk_afraid();

    String risk_weapon();

    String risk_blackmail();

    String risk_threats();

    String risk_how_long();

    String section_consent();

    String hint_consent();

    String consent_alertOthers();

    String consent_alertOthers_hint();

    String consent_policeIntel();

    String consent_policeIntel_hint();

    String consent_policeContactMe();

    String consent_policeContactMe_hint();

    String consent_supportContactMe();

    String consent_supportContactMe_hint();

    String consent_research();

    String consent_research_hint();

    String section_contact();

    String hint_contact();

    String label_contact_name();

    String hint_contact_name();

    String label_contact_phone();

    String hint_phone_country();

    String label_contact_email();

    String label_contact_safe_times();

    String submit_report();

    String receipt_title();

    String receipt_intro();

    String receipt_key_label();

    String receipt_reference_label();

    String receipt_warning();

    String receipt_tip_write();

    String receipt_tip_safe();

    String receipt_tip_lost();

    String receipt_continue();

    String next_title();

    String next_review();

    String next_alert();

    String next_come_back();

    String done_title();

    String done_body(String reference);

    String done_not_confirmed();

    String sent_title();

    String sent_body();

    String sent_new();

    String my_title();

    String my_intro();

    String my_receipt_hint();

    String my_open();

    String my_not_found();

    String my_status_meaning();

    String my_submitted();

    String my_last_update();

    String my_messages_heading();

    String my_no_messages();

    String label_reply();

    String my_send();

    String my_incidents_heading();

    String my_incidents_hint();

    String my_no_incidents();

    String label_incident_time();

    String label_incident_location();

    String label_incident_evidence();

    String hint_incident_evidence();

    String label_incident_police();

    String label_incident_police_ref();

    String label_incident_impact();

    String my_add_incident();

    String my_consent_heading();

    String my_consent_hint();

    String my_contact_held();

    String my_save_consents();

    /** {@code days}: how long the operator keeps backups of report keys ({@code uglymugs.backup.report-keys-kept-days}). */
    String my_erase_hint(String days);

    String my_erase_confirm();

    String my_erase();

    String erased_title();

    String erased_body(String days);

    String notice_incident_added();

    String notice_message_sent();

    String notice_consents_saved();

    String from(MessageAuthor author);

    String status(ReportStatus status);

    String status_hint(ReportStatus status);

    String category(Category category);

    String setting(Setting setting);

    String identifier(IdentifierType type);

    String how_long(HowLong howLong);

    String threats(ThreatsMade threats);

    String error_rate_limited();

    String error_rate_limited_wait(int minutes);

    String error_invalid_phone();

    String error_invalid_email();

    String error_invalid_plate();

    String error_invalid_url();

    String error_unknown_area();

    String error_in_future();

    String error_too_old();

    String error_contact_needed();

    String error_forbidden_character();

    String error_report_full();

    String error_unknown_field();

    String hint_date();

    String submit_now();

    String submit_now_hint();

    String section_more();

    String hint_more();

    String section_when_more();

    String identifier_detect();

    String identifier_add();

    String area_unknown();

    String area_online();

    String area_elsewhere();

    String error_choose_categories();

    String error_choose_area();

    String error_choose_setting();

    String error_unverified_phone();

    String receipt_reference_hint();

    String receipt_tip_screenshot();

    String receipt_check_label();

    String receipt_check_hint();

    String error_key_check_empty();

    String error_key_check_differs();

    String error_enter_key();

    String my_reference_not_key();

    String my_enter_again();

    String my_consents_given();

    String my_consents_none();

    String my_published_heading();

    String my_published_hint();

    String my_take_down();

    String notice_taken_down();
}
