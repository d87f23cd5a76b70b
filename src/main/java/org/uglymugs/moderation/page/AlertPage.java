package org.uglymugs.moderation.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.uglymugs.alert.api.AlertSeverity;
import org.uglymugs.alert.api.AlertView;
import org.uglymugs.area.api.AreaNames;
import org.uglymugs.common.web.StaffPage;
import org.uglymugs.common.web.StaffPageContext;
import org.uglymugs.common.web.form.ErrorSummary;
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
                StaffPage page,
                AreaNames areas,
                ModerationView view,
                AlertView alert,
                FormValues form,
                FormErrors errors,
                ErrorSummary summary,
                Preview preview,
                List<AlertSeverity> severities,
                List<Category> categories);
    }

    private final Reviews reviews;
    private final Decisions decisions;
    private final StaffPageContext page;
    private final DraftPages drafts;

    public AlertPage(Reviews reviews, Decisions decisions, StaffPageContext page, DraftPages drafts) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.page = page;
        this.drafts = drafts;
    }

    @GET
    @Path("/reports/{reference}/alert")
    public Response newDraft(@PathParam("reference") String reference) {
        ModerationView view = reviews.open(page.actor(), reference);
        return drafts.draft(
                200, view, null, FormValues.keeping(DraftForm.from(view.report())), FormErrors.none(), null);
    }

    /** action=preview shows the alert and its flags; action=publish publishes (override=field:KIND, one a flag). */
    @POST
    @Path("/reports/{reference}/alert")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("reference") String reference, MultivaluedMap<String, String> body) {
        return drafts.submit(body, reference, null, (draft, override) -> {
            var result = decisions.decide(
                    page.actor(), reference, new Decision(DecisionType.PUBLISH, draft, override, null, null));
            return "/staff/alerts/" + result.alert().id() + "?done=issued";
        });
    }
}
