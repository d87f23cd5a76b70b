package org.uglymugs.subscription.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the subscriber pages, in {@code messages/subs_en.properties} and {@code messages/subs_nl.properties}. */
@MessageBundle(value = "subs", locale = "en")
public interface SubscriptionMessages {

    @Message
    String subs_title();

    @Message
    String subs_intro();

    @Message
    String subs_email();

    @Message
    String subs_email_hint();

    @Message
    String subs_areas_hint();

    @Message
    String subs_categories();

    @Message
    String subs_categories_hint();

    @Message
    String subs_min_severity();

    @Message
    String subs_severity_hint();

    @Message
    String subs_language();

    @Message
    String subs_cadence();

    @Message
    String subs_cadence_IMMEDIATE();

    @Message
    String subs_cadence_DAILY();

    @Message
    String subs_discreet();

    @Message
    String subs_discreet_hint();

    @Message
    String subs_note();

    @Message
    String subs_note_hint();

    @Message
    String subs_submit();

    @Message
    String subs_sent_title();

    @Message
    String subs_sent_body();

    @Message
    String subs_confirm_title();

    @Message
    String subs_confirm_body();

    @Message
    String subs_confirmed_title();

    @Message
    String subs_confirmed_ACTIVE();

    @Message
    String subs_confirmed_PENDING_APPROVAL();

    @Message
    String subs_confirmed_keep();

    @Message
    String subs_not_found();

    @Message
    String subs_manage_title();

    @Message
    String subs_manage_button();

    @Message
    String subs_save();

    @Message
    String subs_saved();

    @Message
    String subs_delete_heading();

    @Message
    String subs_delete_hint();

    @Message
    String subs_delete();

    @Message
    String subs_deleted_title();

    @Message
    String subs_deleted_body();

    @Message
    String subs_status_PENDING_APPROVAL();

    @Message
    String subs_status_UNCONFIRMED();

    @Message
    String subs_alerts_title();

    @Message
    String subs_alerts_none();

    @Message
    String subs_alerts_open();

    @Message
    String subs_alert_categories();

    @Message
    String subs_alert_description();

    @Message
    String subs_alert_identifiers();

    @Message
    String subs_alert_updated();

    @Message
    String subs_read_alerts();

    @Message
    String subs_back();

    @Message
    String subs_error_summary();

    @Message
    String subs_error_field(String field);

    @Message
    String subs_rate_limited();

    @Message
    String subs_unsubscribe_body();

    @Message
    String subs_check_title();

    @Message
    String subs_check_intro();

    @Message
    String subs_check_type();

    @Message
    String subs_check_value();

    @Message
    String subs_check_value_hint();

    @Message
    String subs_check_platform();

    @Message
    String subs_check_button();

    @Message
    String subs_check_open();

    @Message
    String subs_check_none();

    @Message
    String subs_check_none_hint();

    @Message
    String subs_check_found_one(String when, String severity);

    @Message
    String subs_check_found_many(int count, String when, String severity);

    @Message
    String subs_check_today();

    @Message
    String subs_check_yesterday();

    @Message
    String subs_check_days_ago(long days);

    @Message
    String subs_check_outside(int count);

    @Message
    String subs_check_again();

    @Message
    String subs_sheet_title(String area);

    @Message
    String subs_sheet_printed(String date);

    @Message
    String subs_sheet_confidential(String url);

    @Message
    String subs_sheet_none();

    @Message
    String subs_sheet_issued(String date);

    @Message
    String subs_sheet_updated(String date);

    @Message
    String subs_sheet_area();

    @Message
    String subs_sheet_print();
}
