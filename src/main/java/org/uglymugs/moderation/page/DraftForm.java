package org.uglymugs.moderation.page;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.uglymugs.alert.api.AlertDraft;
import org.uglymugs.alert.api.AlertSeverity;
import org.uglymugs.alert.api.AlertView;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.FieldError;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.report.api.Category;
import org.uglymugs.report.api.IdentifierView;
import org.uglymugs.report.api.ReportDetail;
import org.uglymugs.report.api.RiskLevel;

/** Reads the alert draft form, and fills it in from a report or an existing alert. */
final class DraftForm {

    private DraftForm() {}

    static AlertDraft read(FormValues form, FormErrors errors) {
        List<Long> ids = new ArrayList<>();
        for (String id : form.all("identifierIds")) {
            try {
                ids.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                errors.add("identifierIds", ErrorCode.INVALID);
            }
        }
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (String c : form.all("categories")) {
            try {
                categories.add(Category.valueOf(c));
            } catch (IllegalArgumentException e) {
                errors.add("categories", ErrorCode.INVALID);
            }
        }
        return new AlertDraft(
                form.text("title"),
                form.text("summary"),
                form.text("perpetratorDescription"),
                ids,
                form.choice("severity", AlertSeverity.class, errors),
                new LinkedHashSet<>(form.all("areas")),
                categories);
    }

    /** Puts a refused draft's errors on the form's fields (the API names them {@code alert.*}). */
    static FormErrors absorb(ProblemException e, FormErrors errors) {
        e.errors().forEach(err -> errors.add(err.field().replaceFirst("^alert\\.", ""), err));
        if (e.errors().isEmpty() && !errors.any()) {
            // not a field's error: the problem's own type names the text (e.g. error_report_conflict)
            String type =
                    e.problem().type().replace("urn:uglymugs:problem:", "").replace('-', '_');
            errors.add("form", new FieldError("form", type, e.problem().title()));
        }
        return errors;
    }

    /** A first draft from the report: its area and categories, a severity from its risk level. */
    static MultivaluedMap<String, String> from(ReportDetail report) {
        var values = new MultivaluedHashMap<String, String>();
        values.add("areas", report.area());
        report.categories().forEach(c -> values.add("categories", c.name()));
        values.add(
                "severity",
                report.riskLevel() == RiskLevel.HIGH
                        ? AlertSeverity.HIGH.name()
                        : report.riskLevel() == RiskLevel.ELEVATED
                                ? AlertSeverity.MEDIUM.name()
                                : AlertSeverity.LOW.name());
        return values;
    }

    /** The form for a new version of an alert, holding its current content and identifier choices. */
    static MultivaluedMap<String, String> from(AlertView alert, List<IdentifierView> reportIds) {
        var values = from(alert);
        for (IdentifierView id : reportIds) {
            boolean published = alert.content().identifiers().stream()
                    .anyMatch(p -> p.type() == id.type()
                            && p.value().equals(id.value())
                            && Objects.equals(p.platform(), id.platform()));
            if (published) {
                values.add("identifierIds", Long.toString(id.id()));
            }
        }
        return values;
    }

    /** The alert's content only, for a page that offers no identifier choices. */
    static MultivaluedMap<String, String> from(AlertView alert) {
        var values = new MultivaluedHashMap<String, String>();
        values.add("title", alert.content().title());
        values.add("summary", alert.content().summary());
        if (alert.content().perpetratorDescription() != null) {
            values.add("perpetratorDescription", alert.content().perpetratorDescription());
        }
        values.add("severity", alert.severity().name());
        alert.areas().forEach(a -> values.add("areas", a));
        alert.categories().forEach(c -> values.add("categories", c.name()));
        return values;
    }
}
