package org.uglymugs.moderation.page;

import java.util.List;
import java.util.Map;
import org.uglymugs.common.web.form.ErrorSummary;
import org.uglymugs.common.web.form.FormErrors;

/** The moderation forms' fields in page order, with their labels (moderation bundle; {@code severity} is a shared word, see tags/msgtext), for the error summary. */
final class ModerationFields {

    private static final ErrorSummary.Fields FIELDS = ErrorSummary.ordered(List.of(
            Map.entry("title", "alert_title"),
            Map.entry("summary", "alert_summary"),
            Map.entry("perpetratorDescription", "alert_description"),
            Map.entry("identifierIds", "alert_identifiers"),
            Map.entry("severity", "severity"),
            Map.entry("areas", "alert_areas"),
            Map.entry("categories", "category"),
            Map.entry("message", "message_label"),
            Map.entry("decision", "decide_heading"),
            Map.entry("question", "question_label"),
            Map.entry("reason", "retract_reason"),
            Map.entry("note", "note_label"),
            Map.entry("intelSummary", "intel_summary"),
            Map.entry("intelSource", "intel_source"),
            Map.entry("intelAssessment", "intel_assessment"),
            Map.entry("intelHandling", "intel_handling"),
            Map.entry("intelConditions", "intel_conditions"),
            Map.entry("contactReason", "contact_reason_label")));

    private ModerationFields() {}

    static ErrorSummary summary(FormErrors errors) {
        return ErrorSummary.of(errors, FIELDS, "");
    }
}
