package org.uglymugs.report.page;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.uglymugs.common.web.form.FormErrors;

/**
 * The list of errors at the top of a reporter page: each names its field ("Date: this date is in
 * the future") and they come in the order of the form, so a person can work down it.
 */
public record ErrorSummary(List<Item> items) {

    /** An error: the field's id (for the link), and the message keys of its label and of the problem. */
    public record Item(String field, String labelKey, String messageKey) {}

    /** Form fields in page order, with the label they are shown under; a trailing '.' or '[' matches a group. */
    private static final List<Map.Entry<String, String>> ORDER = List.of(
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
            Map.entry("incident.whatHappened", "label_incident_what"),
            Map.entry("incident.evidence", "label_incident_evidence"),
            Map.entry("incident.policeContacted", "label_incident_police"),
            Map.entry("incident.policeReference", "label_incident_police_ref"),
            Map.entry("incident.impact", "label_incident_impact"),
            Map.entry("confirmErase", "my_erase_heading"));

    public static ErrorSummary of(FormErrors errors) {
        List<Item> items = errors.all().entrySet().stream()
                .map(e -> new Item(e.getKey(), label(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt((Item i) -> position(i.field())).thenComparing(Item::field))
                .toList();
        return new ErrorSummary(items);
    }

    public boolean any() {
        return !items.isEmpty();
    }

    private static String label(String field) {
        if (field.startsWith("identifiers[")) {
            return field.endsWith(".platform") ? "label_identifier_platform" : "label_identifier_value";
        }
        int at = position(field);
        return at < ORDER.size() ? ORDER.get(at).getValue() : "error_summary_title";
    }

    private static int position(String field) {
        for (int i = 0; i < ORDER.size(); i++) {
            String key = ORDER.get(i).getKey();
            boolean group = key.endsWith(".") || key.endsWith("[");
            if (field.equals(key) || group && field.startsWith(key)) {
                return i;
            }
        }
        return ORDER.size();
    }
}
