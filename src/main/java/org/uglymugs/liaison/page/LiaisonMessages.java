package org.uglymugs.liaison.page;

import io.quarkus.qute.i18n.MessageBundle;
import org.uglymugs.liaison.AccessKind;
import org.uglymugs.liaison.NoticeReason;

/**
 * Texts of the police liaison desk ({@code liaison}), in {@code messages/liaison_en.properties} and
 * {@code messages/liaison_nl.properties}; one method a key, so templates are checked at build time.
 * Field labels of a record come from the report bundle ({@code msg}).
 */
@MessageBundle(value = "liaison", locale = "en")
public interface LiaisonMessages {

    String nav_desk();

    String nav_intel();

    String nav_access();

    String dashboard_title();

    String dashboard_hint();

    String latest_heading();

    String contact_heading();

    String contact_none();

    String notices_heading();

    String notices_none();

    String notice_text(NoticeReason reason, String reference);

    String acknowledge();

    String acknowledged_at(String at);

    String intel_title();

    String intel_count(long total);

    String intel_empty();

    String since();

    String grading();

    String export_list();

    String export_pdf();

    String export_csv();

    String export_json();

    String record_title(String reference);

    String grading_line(String source, int assessment, String handling);

    String handling_conditions();

    String source_line(String reference);

    String withheld();

    String contact_available();

    String contact_show();

    String contact_hint();

    String contact_mark();

    String contacted_by(String username, String at);

    String access_title();

    String access_empty();

    String access_kind(AccessKind kind);

    String admin_notices_title();

    String admin_notices_intro();

    String admin_notices_caption(int count);
}
