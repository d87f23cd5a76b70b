package org.uglymugs.common.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words every audience's pages share ({@code common}): yes and no, the pager, the error page, the
 * error summary and the field errors that read the same everywhere. In
 * {@code messages/common_en.properties} and {@code messages/common_nl.properties}; a text lives in
 * one bundle only.
 */
@MessageBundle(value = "common", locale = "en")
public interface CommonMessages {

    String yes();

    String no();

    String filter();

    String choose();

    String required_marker();

    String error_summary_title();

    String error_too_long();

    String error_invalid();

    String error_page_title(int status);

    String error_page_text(int status);

    String error_page_incident(String incident);

    String error_page_back();

    String pager_label();

    String pager_previous();

    String pager_next();

    String pager_page_of(int page, int pages);

    String report_heading(String reference);

    String error_required();

    String error_confirm();

    String demo_banner();

    String active();

    String areas();

    String confirm();

    String severity();

    String status();
}
