package org.uglymugs.moderation.page;

import static org.uglymugs.common.web.form.Pages.localised;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.function.BiFunction;
import org.uglymugs.alert.api.AlertDraft;
import org.uglymugs.alert.api.AlertSeverity;
import org.uglymugs.alert.api.AlertView;
import org.uglymugs.common.error.InputChecks;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.i18n.Languages;
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
    private final DeskContext context;
    private final InputChecks checks;

    public DraftPages(Reviews reviews, Decisions decisions, DeskContext context, InputChecks checks) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.context = context;
        this.checks = checks;
    }

    private Preview previewOrNull(String reference, AlertDraft draft) {
        try {
            return checks.errors(draft).isEmpty() ? decisions.preview(reference, draft) : null;
        } catch (ProblemException e) {
            return null;
        }
    }

    TemplateInstance draft(
            String lang,
            String cookie,
            ModerationView view,
            AlertView alert,
            FormValues form,
            FormErrors errors,
            Preview preview) {
        TemplateInstance page = AlertPage.Templates.draft(
                lang, context.desk(cookie), view, alert, form, errors, preview, SEVERITIES, CATEGORIES);
        return localised(page, lang);
    }

    /**
     * A submitted draft: read and checked, then previewed (action=preview) or published by
     * {@code publish}, which answers where to go next. Refusals come back on the draft page.
     */
    Response submit(
            MultivaluedMap<String, String> body,
            HttpHeaders headers,
            String cookie,
            String reference,
            AlertView alert,
            BiFunction<AlertDraft, Boolean, String> publish) {
        FormValues form = new FormValues(body);
        context.requireCsrf(cookie, form.v("csrf"));
        String lang = Languages.resolve(form.v("lang"), headers);
        FormErrors errors = FormErrors.none();
        AlertDraft draft = DraftForm.read(form, errors);
        checks.errors(draft).forEach(errors::add);
        ModerationView view = reviews.open(context.actor(), reference);
        try {
            if (errors.any()) {
                throw ProblemException.invalid(List.of());
            }
            if (!"publish".equals(form.v("action"))) {
                TemplateInstance page =
                        draft(lang, cookie, view, alert, form, errors, decisions.preview(reference, draft));
                return Response.ok(page).type(MediaType.TEXT_HTML).build();
            }
            String next = publish.apply(draft, form.on("override"));
            return Response.seeOther(URI.create(next + "&lang=" + lang)).build();
        } catch (ProblemException e) {
            TemplateInstance page = draft(
                    lang, cookie, view, alert, form, DraftForm.absorb(e, errors), previewOrNull(reference, draft));
            // PII flags are 422; anything else the moderator must fix is 400.
            return Response.status(e.problem().status() == 422 ? 422 : 400)
                    .type(MediaType.TEXT_HTML)
                    .entity(page)
                    .build();
        }
    }
}
