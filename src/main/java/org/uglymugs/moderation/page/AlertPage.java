package org.uglymugs.moderation.page;


import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.uglymugs.alert.AlertDraft;
import org.uglymugs.alert.AlertSeverity;
import org.uglymugs.alert.AlertView;
import org.uglymugs.common.error.InputChecks;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.i18n.Languages;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.moderation.AlertGate;
import org.uglymugs.moderation.ModerationRecords.Decision;
import org.uglymugs.moderation.ModerationRecords.DecisionType;
import org.uglymugs.moderation.ModerationRecords.ModerationView;
import org.uglymugs.moderation.ModerationService;
import org.uglymugs.report.domain.Category;
import org.uglymugs.staff.auth.StaffAuthMechanism;

/**
 * Drafting an alert with a preview exactly as subscribers will see it and the PII flags, and
 * publishing it. Later versions and retraction: {@link AlertVersionsPage}.
 */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("MODERATOR")
public class AlertPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance draft(String lang, Desk desk, ModerationView view, AlertView alert,
                FormValues form, FormErrors errors, AlertGate.Preview preview, List<AlertSeverity> severities,
                List<Category> categories);

    }

    private final ModerationService moderation;
    private final DeskContext context;
    private final InputChecks checks;
    private final DraftPages drafts;

    public AlertPage(ModerationService moderation, DeskContext context, InputChecks checks, DraftPages drafts) {
        this.moderation = moderation;
        this.context = context;
        this.checks = checks;
        this.drafts = drafts;
    }

    @GET
    @Path("/reports/{reference}/alert")
    public TemplateInstance newDraft(@PathParam("reference") String reference, @QueryParam("lang") String lang,
            @Context HttpHeaders headers, @CookieParam(StaffAuthMechanism.COOKIE) String cookie) {
        String language = Languages.resolve(lang, headers);
        ModerationView view = moderation.open(context.actor(), reference);
        return drafts.draft(language, cookie, view, null, new FormValues(DraftForm.from(view.report())), FormErrors.none(),
                null);
    }

    /** action=preview shows the alert and its flags; action=publish publishes (override=true to pass flags). */
    @POST
    @Path("/reports/{reference}/alert")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("reference") String reference, MultivaluedMap<String, String> body,
            @Context HttpHeaders headers, @CookieParam(StaffAuthMechanism.COOKIE) String cookie) {
        FormValues form = new FormValues(body);
        context.requireCsrf(cookie, form.v("csrf"));
        String lang = Languages.resolve(form.v("lang"), headers);
        FormErrors errors = FormErrors.none();
        AlertDraft draft = DraftForm.read(form, errors);
        checks.errors(draft).forEach(errors::add);
        ModerationView view = moderation.open(context.actor(), reference);
        try {
            if (errors.any()) {
                throw ProblemException.invalid(List.of());
            }
            if (!"publish".equals(form.v("action"))) {
                AlertGate.Preview preview = moderation.preview(reference, draft);
                return ok(drafts.draft(lang, cookie, view, null, form, errors, preview));
            }
            var result = moderation.decide(context.actor(), reference,
                    new Decision(DecisionType.PUBLISH, draft, form.on("override"), null, null));
            return Response.seeOther(URI.create("/staff/alerts/" + result.alert().id() + "?done=issued&lang=" + lang))
                    .build();
        } catch (ProblemException e) {
            return refused(e, errors, drafts.draft(lang, cookie, view, null, form, DraftForm.absorb(e, errors),
                    drafts.previewOrNull(reference, draft)));
        }
    }

    /** A refused draft goes back to the moderator with its errors: 422 for PII flags, else 400. */
    static Response refused(ProblemException e, FormErrors errors, TemplateInstance page) {
        return Response.status(e.problem().status() == 422 ? 422 : 400).type(MediaType.TEXT_HTML).entity(page).build();
    }

    static Response ok(TemplateInstance page) {
        return Response.ok(page).type(MediaType.TEXT_HTML).build();
    }
}
