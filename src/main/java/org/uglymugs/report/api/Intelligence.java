package org.uglymugs.report.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a moderator writes for police about a report: a sanitised summary and its 3x5x2 grading
 * (source evaluation A–C, intelligence assessment 1–5, handling code P or C with conditions).
 * Stored sealed with the report and deleted with it.
 */
public record Intelligence(
        String summary,
        SourceEvaluation sourceEvaluation,
        int intelligenceAssessment,
        HandlingCode handlingCode,
        String handlingConditions) {

    /** The grading as police write it, e.g. {@code B2P}. */
    @JsonProperty(value = "grading", access = JsonProperty.Access.READ_ONLY)
    public String grading() {
        return sourceEvaluation.name() + intelligenceAssessment + handlingCode.name();
    }
}
