package org.uglymugs.moderation.page;

import java.util.List;
import java.util.Map;
import org.uglymugs.common.web.form.ErrorSummary;
import org.uglymugs.common.web.form.FormErrors;

/** The moderation forms' fields in page order, with their labels (staff bundle), for the error summary. */
final class ModerationFields {

    private static final ErrorSummary.Fields FIELDS = ErrorSummary.ordered(List.of(
            Map.entry("title", "staff_alert_title"),
            Map.entry("summary", "staff_alert_summary"),
            Map.entry("perpetratorDescription", "staff_alert_description"),
            Map.entry("identifierIds", "staff_alert_identifiers"),
            Map.entry("severity", "staff_alert_severity"),
            Map.entry("areas", "staff_alert_areas"),
            Map.entry("categories", "staff_category"),
            Map.entry("message", "staff_message_label"),
            Map.entry("decision", "staff_decide_heading"),
            Map.entry("question", "staff_question_label"),
            Map.entry("reason", "staff_retract_reason"),
            Map.entry("note", "staff_note_label")));

    private ModerationFields() {}

    static ErrorSummary summary(FormErrors errors) {
        return ErrorSummary.of(errors, FIELDS, "staff_");
    }
}
