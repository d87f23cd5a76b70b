package org.uglymugs.common.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of msg pages, in {@code messages/msg_en.properties} and {@code messages/msg_nl.properties};
 * this interface names every key so templates are checked at build time.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    @Message
    String app_name();

    @Message
    String skip_to_content();

    @Message
    String nav_label();

    @Message
    String nav_report();

    @Message
    String nav_my_report();

    @Message
    String footer_privacy();

    @Message
    String footer_emergency();

    @Message
    String choose();

    @Message
    String required_marker();

    @Message
    String answer_yes();

    @Message
    String answer_no();

    @Message
    String answer_unknown();

    @Message
    String report_title();

    @Message
    String report_intro();

    @Message
    String report_anonymous();

    @Message
    String section_what();

    @Message
    String label_categories();

    @Message
    String hint_categories();

    @Message
    String label_account();

    @Message
    String hint_account();

    @Message
    String section_when();

    @Message
    String label_date();

    @Message
    String label_time_from();

    @Message
    String label_time_to();

    @Message
    String section_where();

    @Message
    String label_area();

    @Message
    String label_setting();

    @Message
    String label_location();

    @Message
    String hint_location();

    @Message
    String section_who();

    @Message
    String hint_who();

    @Message
    String label_gender();

    @Message
    String label_age();

    @Message
    String label_height();

    @Message
    String label_build();

    @Message
    String label_hair();

    @Message
    String label_eyes();

    @Message
    String label_skin();

    @Message
    String label_voice();

    @Message
    String label_smell();

    @Message
    String label_marks();

    @Message
    String label_clothing();

    @Message
    String label_vehicle();

    @Message
    String label_said();

    @Message
    String label_identifiers();

    @Message
    String hint_identifiers();

    @Message
    String identifier_row(int n);

    @Message
    String label_identifier_type();

    @Message
    String label_identifier_value();

    @Message
    String label_identifier_platform();

    @Message
    String hint_identifier_value();

    @Message
    String hint_platform();

    @Message
    String section_risk();

    @Message
    String hint_risk();

    @Message
    String risk_knows();

    @Message
    String risk_others();

    @Message
    String risk_afraid();

    @Message
    String risk_weapon();

    @Message
    String risk_blackmail();

    @Message
    String risk_threats();

    @Message
    String risk_how_long();

    @Message
    String section_consent();

    @Message
    String hint_consent();

    @Message
    String consent_alertOthers();

    @Message
    String consent_alertOthers_hint();

    @Message
    String consent_policeIntel();

    @Message
    String consent_policeIntel_hint();

    @Message
    String consent_policeContactMe();

    @Message
    String consent_policeContactMe_hint();

    @Message
    String consent_supportContactMe();

    @Message
    String consent_supportContactMe_hint();

    @Message
    String consent_research();

    @Message
    String consent_research_hint();

    @Message
    String section_contact();

    @Message
    String hint_contact();

    @Message
    String label_contact_name();

    @Message
    String hint_contact_name();

    @Message
    String label_contact_phone();

    @Message
    String hint_phone_country();

    @Message
    String label_contact_email();

    @Message
    String label_contact_safe_times();

    @Message
    String submit_report();

    @Message
    String receipt_title();

    @Message
    String receipt_intro();

    @Message
    String receipt_key_label();

    @Message
    String receipt_reference_label();

    @Message
    String receipt_warning();

    @Message
    String receipt_tip_write();

    @Message
    String receipt_tip_safe();

    @Message
    String receipt_tip_lost();

    @Message
    String receipt_confirm();

    @Message
    String receipt_continue();

    @Message
    String next_title();

    @Message
    String next_review();

    @Message
    String next_alert();

    @Message
    String next_come_back();

    @Message
    String done_title();

    @Message
    String done_body(String reference);

    @Message
    String done_not_confirmed();

    @Message
    String sent_title();

    @Message
    String sent_body();

    @Message
    String sent_new();

    @Message
    String my_title();

    @Message
    String my_intro();

    @Message
    String my_receipt_label();

    @Message
    String my_receipt_hint();

    @Message
    String my_open();

    @Message
    String my_not_found();

    @Message
    String my_report_heading(String reference);

    @Message
    String my_status_heading();

    @Message
    String my_status();

    @Message
    String my_status_meaning();

    @Message
    String my_submitted();

    @Message
    String my_last_update();

    @Message
    String my_messages_heading();

    @Message
    String my_no_messages();

    @Message
    String label_reply();

    @Message
    String my_send();

    @Message
    String my_incidents_heading();

    @Message
    String my_incidents_hint();

    @Message
    String my_no_incidents();

    @Message
    String label_incident_time();

    @Message
    String label_incident_location();

    @Message
    String label_incident_what();

    @Message
    String label_incident_evidence();

    @Message
    String hint_incident_evidence();

    @Message
    String label_incident_police();

    @Message
    String label_incident_police_ref();

    @Message
    String label_incident_impact();

    @Message
    String my_add_incident();

    @Message
    String my_consent_heading();

    @Message
    String my_consent_hint();

    @Message
    String my_contact_held();

    @Message
    String my_save_consents();

    @Message
    String my_erase_heading();

    @Message
    String my_erase_hint();

    @Message
    String my_erase_confirm();

    @Message
    String my_erase();

    @Message
    String erased_title();

    @Message
    String erased_body();

    @Message
    String notice_incident_added();

    @Message
    String notice_message_sent();

    @Message
    String notice_consents_saved();

    @Message
    String from_REPORTER();

    @Message
    String from_MODERATOR();

    @Message
    String status_SUBMITTED();

    @Message
    String status_SUBMITTED_hint();

    @Message
    String status_IN_REVIEW();

    @Message
    String status_IN_REVIEW_hint();

    @Message
    String status_NEEDS_INFO();

    @Message
    String status_NEEDS_INFO_hint();

    @Message
    String status_PUBLISHED();

    @Message
    String status_PUBLISHED_hint();

    @Message
    String status_RECORDED();

    @Message
    String status_RECORDED_hint();

    @Message
    String status_REJECTED();

    @Message
    String status_REJECTED_hint();

    @Message
    String status_WITHDRAWN();

    @Message
    String status_WITHDRAWN_hint();

    @Message
    String category_PHYSICAL_ASSAULT();

    @Message
    String category_RAPE();

    @Message
    String category_SEXUAL_ASSAULT();

    @Message
    String category_ROBBERY();

    @Message
    String category_BURGLARY();

    @Message
    String category_THREATS();

    @Message
    String category_HARASSMENT();

    @Message
    String category_STALKING();

    @Message
    String category_BLACKMAIL();

    @Message
    String category_OUTING();

    @Message
    String category_FILMING_WITHOUT_CONSENT();

    @Message
    String category_IMAGE_BASED_ABUSE();

    @Message
    String category_MALICIOUS_COMMUNICATIONS();

    @Message
    String category_FRAUD();

    @Message
    String category_CONDOM_REFUSAL();

    @Message
    String category_OTHER();

    @Message
    String setting_INCALL();

    @Message
    String setting_OUTCALL();

    @Message
    String setting_STREET();

    @Message
    String setting_ONLINE();

    @Message
    String setting_VENUE();

    @Message
    String identifier_PHONE();

    @Message
    String identifier_EMAIL();

    @Message
    String identifier_USERNAME();

    @Message
    String identifier_VEHICLE_REG();

    @Message
    String identifier_NAME();

    @Message
    String identifier_URL();

    @Message
    String how_long_ONCE();

    @Message
    String how_long_DAYS();

    @Message
    String how_long_WEEKS();

    @Message
    String how_long_MONTHS();

    @Message
    String how_long_YEARS();

    @Message
    String threats_NONE();

    @Message
    String threats_THREATS();

    @Message
    String threats_THREATS_TO_KILL();

    @Message
    String error_summary_title();

    @Message
    String error_rate_limited();

    @Message
    String error_rate_limited_wait(int minutes);

    @Message
    String error_confirm();

    @Message
    String error_required();

    @Message
    String error_too_long();

    @Message
    String error_invalid();

    @Message
    String error_invalid_phone();

    @Message
    String error_invalid_email();

    @Message
    String error_invalid_plate();

    @Message
    String error_invalid_url();

    @Message
    String error_unknown_area();

    @Message
    String error_in_future();

    @Message
    String error_too_old();

    @Message
    String error_contact_needed();

    @Message
    String error_unknown_field();

    @Message
    String error_page_title(int status);

    @Message
    String error_page_text(int status);

    @Message
    String error_page_incident(String incident);

    @Message
    String error_page_back();

    @Message
    String pager_label();

    @Message
    String pager_previous();

    @Message
    String pager_next();

    @Message
    String pager_page_of(int page, int pages);
}
