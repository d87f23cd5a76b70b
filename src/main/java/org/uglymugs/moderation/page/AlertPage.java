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
import java.util.List;
import org.uglymugs.alert.api.AlertSeverity;
import org.uglymugs.alert.api.AlertView;
import org.uglymugs.common.i18n.Languages;
import org.uglymugs.common.web.StaffPages;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.moderation.Decisions;
import org.uglymugs.moderation.ModerationRecords.Decision;
import org.uglymugs.moderation.ModerationRecords.DecisionType;
import org.uglymugs.moderation.ModerationRecords.ModerationView;
import org.uglymugs.moderation.ModerationRecords.Preview;
import org.uglymugs.moderation.Reviews;
import org.uglymugs.report.api.Category;

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
        static native TemplateInstance draft(
                String lang,
                Desk desk,
                ModerationView view,
                AlertView alert,
                FormValues form,
                FormErrors errors,
                Preview preview,
                List<AlertSeverity> severities,
                List<Category> categories);
    }

    private final Reviews reviews;
    private final Decisions decisions;
    private final DeskContext context;
    private final DraftPages drafts;

    public AlertPage(Reviews reviews, Decisions decisions, DeskContext context, DraftPages drafts) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.context = context;
        this.drafts = drafts;
    }

    @GET
    @Path("/reports/{reference}/alert")
    public TemplateInstance newDraft(
            @PathParam("reference") String reference,
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        String language = Languages.resolve(lang, headers);
        ModerationView view = reviews.open(context.actor(), reference);
        return drafts.draft(
                language, cookie, view, null, new FormValues(DraftForm.from(view.report())), FormErrors.none(), null);
    }

    /** action=preview shows the alert and its flags; action=publish publishes (override=true to pass flags). */
    @POST
    @Path("/reports/{reference}/alert")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(
            @PathParam("reference") String reference,
            MultivaluedMap<String, String> body,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        return drafts.submit(body, headers, cookie, reference, null, (draft, override) -> {
            var result = decisions.decide(
                    context.actor(), reference, new Decision(DecisionType.PUBLISH, draft, override, null, null));
            return "/staff/alerts/" + result.alert().id() + "?done=issued";
        });
    }
}
