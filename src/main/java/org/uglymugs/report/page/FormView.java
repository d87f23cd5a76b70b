package org.uglymugs.report.page;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.report.api.Limits;

/**
 * What the report form shows besides the values: how many identifier rows, and which optional
 * sections ({@code <details>}) start open because they hold an answer or an error.
 */
record FormView(List<Integer> identifierRows, Set<String> open) {

    static FormView of(FormValues form, FormErrors errors, boolean addIdentifier) {
        int rows = 1;
        try {
            rows = Math.max(rows, Integer.parseInt(form.v("identifierRows")));
        } catch (NumberFormatException e) {
            // a fresh form or a hand-made request: one row
        }
        for (int row = 0; row < Limits.IDENTIFIERS; row++) {
            if (form.text("identifiers[" + row + "].value") != null) {
                rows = Math.max(rows, row + 1);
            }
        }
        if (addIdentifier) {
            rows++;
        }
        rows = Math.min(rows, Limits.IDENTIFIERS);
        Set<String> open = new TreeSet<>();
        openIf(open, "when", form, errors, "occurredAt.from", "occurredAt.to", "locationText");
        openIf(open, "who", form, errors, "description.");
        openIf(open, "identifiers", form, errors, "identifiers[");
        openIf(open, "contact", form, errors, "contact");
        for (String name : List.of("knowsWhoItIs", "doneToOthers", "afraidOfHarm", "weapon", "blackmail")) {
            String v = form.v("risk." + name);
            if (v.equals("yes") || v.equals("no")) {
                open.add("risk");
            }
        }
        if (form.text("risk.threats") != null || form.text("risk.howLong") != null) {
            open.add("risk");
        }
        if (form.on("consents.policeContactMe") || form.on("consents.supportContactMe")) {
            open.add("contact");
        }
        if (addIdentifier) {
            open.add("identifiers");
        }
        return new FormView(IntStream.range(0, rows).boxed().toList(), open);
    }

    private static void openIf(Set<String> open, String section, FormValues form, FormErrors errors, String... fields) {
        for (String field : fields) {
            boolean error = errors.all().keySet().stream().anyMatch(f -> f.startsWith(field));
            boolean value = form.names().stream()
                    .filter(n -> n.startsWith(field) && !n.endsWith(".type"))
                    .anyMatch(n -> form.text(n) != null);
            if (error || value) {
                open.add(section);
            }
        }
    }
}
