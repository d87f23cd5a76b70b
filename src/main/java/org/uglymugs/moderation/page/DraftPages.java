package org.uglymugs.moderation.page;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.function.BiFunction;
import org.uglymugs.alert.api.AlertDraft;
import org.uglymugs.alert.api.AlertSeverity;
import org.uglymugs.alert.api.AlertView;
import org.uglymugs.area.AreaService;
import org.uglymugs.common.error.InputChecks;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.web.StaffPageContext;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.moderation.Decisions;
import org.uglymugs.moderation.ModerationRecords.ModerationView;
import org.uglymugs.moderation.ModerationRecords.Preview;
import org.uglymugs.moderation.Reviews;
import org.uglymugs.report.api.Category;

/** The alert draft page, shared by a first alert and its later versions. */
@ApplicationScoped
public class DraftPages {

    private static final List<AlertSeverity> SEVERITIES = List.of(AlertSeverity.values());
    private static final List<Category> CATEGORIES = List.of(Category.values());

    private final Reviews reviews;
    private final Decisions decisions;
    private final StaffPageContext page;
    private final AreaService areas;
    private final InputChecks checks;

    public DraftPages(
            Reviews reviews, Decisions decisions, StaffPageContext page, AreaService areas, InputChecks checks) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.page = page;
        this.areas = areas;
        this.checks = checks;
    }

    private Preview previewOrNull(String reference, AlertDraft draft) {
        try {
            return checks.errors(draft).isEmpty() ? decisions.preview(page.actor(), reference, draft) : null;
        } catch (ProblemException e) {
            return null;
        }
    }

    /** The draft page with its status: 200, 400 for input to fix, 422 for open PII flags. */
    Response draft(
            int status, ModerationView view, AlertView alert, FormValues form, FormErrors errors, Preview preview) {
        TemplateInstance html = AlertPage.Templates.draft(
                page.page(),
                areas.names(page.lang()),
                view,
                alert,
                form,
                errors,
                ModerationFields.summary(errors),
                preview,
                SEVERITIES,
                CATEGORIES);
        return page.html(status, html);
    }

    /**
     * A submitted draft: read and checked, then previewed (action=preview) or published by
     * {@code publish} with the flags ticked to publish anyway (one {@code override} a flag, named
     * {@code field:KIND}), which answers where to go next. Refusals come back on the draft page.
     */
    Response submit(
            MultivaluedMap<String, String> body,
            String reference,
            AlertView alert,
            BiFunction<AlertDraft, List<String>, String> publish) {
        FormValues form = page.form(body);
        FormErrors errors = FormErrors.none();
        AlertDraft draft = DraftForm.read(form, errors);
        checks.errors(draft).forEach(errors::add);
        ModerationView view = reviews.open(page.actor(), reference);
        try {
            if (errors.any()) {
                throw ProblemException.invalid(List.of());
            }
            if (!"publish".equals(form.v("action"))) {
                return draft(200, view, alert, form, errors, decisions.preview(page.actor(), reference, draft));
            }
            String next = publish.apply(draft, form.all("override"));
            return Response.seeOther(URI.create(next + "&lang=" + page.lang())).build();
        } catch (ProblemException e) {
            // PII flags are 422; anything else the moderator must fix is 400.
            return draft(
                    e.problem().status() == 422 ? 422 : 400,
                    view,
                    alert,
                    form,
                    DraftForm.absorb(e, errors),
                    previewOrNull(reference, draft));
        }
    }
}
