package org.uglymugs.report.page;

import java.util.List;
import java.util.Map;
import org.uglymugs.common.web.form.ErrorSummary;
import org.uglymugs.common.web.form.FormErrors;

/** The reporter forms' fields in page order, with the label each is shown under (msg bundle). */
final class ReportFields implements ErrorSummary.Fields {

    static final ReportFields ALL = new ReportFields();

    private static final ErrorSummary.Fields ORDER = ErrorSummary.ordered(List.of(
            Map.entry("categories", "label_categories"),
            Map.entry("account", "label_account"),
            Map.entry("occurredAt.date", "label_date"),
            Map.entry("occurredAt.from", "label_time_from"),
            Map.entry("occurredAt.to", "label_time_to"),
            Map.entry("area", "label_area"),
            Map.entry("setting", "label_setting"),
            Map.entry("locationText", "label_location"),
            Map.entry("description.", "section_who"),
            Map.entry("identifiers[", "label_identifiers"),
            Map.entry("risk.", "section_risk"),
            Map.entry("consents.", "section_consent"),
            Map.entry("contact.name", "label_contact_name"),
            Map.entry("contact.phone", "label_contact_phone"),
            Map.entry("contact.email", "label_contact_email"),
            Map.entry("contact.safeTimes", "label_contact_safe_times"),
            Map.entry("contact", "section_contact"),
            Map.entry("message.body", "label_reply"),
            Map.entry("incident.date", "label_date"),
            Map.entry("incident.time", "label_incident_time"),
            Map.entry("incident.location", "label_incident_location"),
            Map.entry("incident.whatHappened", "section_what"),
            Map.entry("incident.evidence", "label_incident_evidence"),
            Map.entry("incident.policeContacted", "label_incident_police"),
            Map.entry("incident.policeReference", "label_incident_police_ref"),
            Map.entry("incident.impact", "label_incident_impact"),
            Map.entry("confirmErase", "my_erase"),
            Map.entry("check", "receipt_check_label")));

    private ReportFields() {}

    /** A missing choice says what to choose, rather than "please fill this in". */
    static FormErrors specific(FormErrors errors) {
        for (String field : List.of("categories", "area", "setting")) {
            if ("error_required".equals(errors.get(field))) {
                errors.all().put(field, "error_choose_" + field);
            }
        }
        return errors;
    }

    static ErrorSummary summary(FormErrors errors) {
        return ErrorSummary.of(errors, ALL, "");
    }

    @Override
    public int position(String field) {
        return ORDER.position(field);
    }

    @Override
    public String label(String field) {
        if (field.startsWith("identifiers[")) {
            return field.endsWith(".platform") ? "label_identifier_platform" : "label_identifier_value";
        }
        String label = ORDER.label(field);
        return label == null ? "error_summary_title" : label;
    }
}
