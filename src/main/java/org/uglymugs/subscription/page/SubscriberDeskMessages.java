package org.uglymugs.subscription.page;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the staff pages of the subscription feature ({@code subdesk}): vetting subscribers and
 * the alert deliveries, in {@code messages/subdesk_en.properties} and {@code messages/subdesk_nl.properties}.
 */
@MessageBundle(value = "subdesk", locale = "en")
public interface SubscriberDeskMessages {

    String vet_nav();

    String vet_title();

    String vet_intro();

    String vet_caption(long total);

    String vet_none();

    String vet_email();

    String vet_note();

    String vet_no_note();

    String vet_confirmed();

    String vet_approve();

    String vet_reject();

    String deliveries_title();

    String deliveries_intro();

    String deliveries_status();

    String deliveries_show();

    String deliveries_caption(long total);

    String deliveries_none();

    String col_delivery();

    String col_alert();

    String col_change();

    String col_attempts();

    String col_last_error();

    String col_queued();

    String col_next();

    String col_sent();

    String deliveries_retry();

    String status_QUEUED();

    String status_SENT();

    String status_FAILED();

    String digest();
}
