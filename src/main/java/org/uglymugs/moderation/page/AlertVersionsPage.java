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
import org.uglymugs.alert.api.AlertView;
import org.uglymugs.area.AreaService;
import org.uglymugs.area.api.AreaNames;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.web.StaffPage;
import org.uglymugs.common.web.StaffPageContext;
import org.uglymugs.common.web.form.ErrorSummary;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.moderation.Decisions;
import org.uglymugs.moderation.ModerationRecords.ModerationView;
import org.uglymugs.moderation.Reviews;

/** A published alert: its history, new versions (through the same draft form and checks) and retraction. */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("MODERATOR")
public class AlertVersionsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance alert(
                StaffPage page,
                AreaNames areas,
                AlertView alert,
                FormValues form,
                FormErrors errors,
                ErrorSummary summary);
    }

    private final Reviews reviews;
    private final Decisions decisions;
    private final StaffPageContext page;
    private final AreaService areas;
    private final DraftPages drafts;

    public AlertVersionsPage(
            Reviews reviews, Decisions decisions, StaffPageContext page, AreaService areas, DraftPages drafts) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.page = page;
        this.areas = areas;
        this.drafts = drafts;
    }

    @GET
    @Path("/alerts/{id}")
    public Response alert(@PathParam("id") long id) {
        return alertPage(200, id, FormErrors.none(), "");
    }

    @GET
    @Path("/alerts/{id}/edit")
    public Response edit(@PathParam("id") long id) {
        AlertView alert = decisions.alert(id);
        ModerationView view = reviews.open(page.actor(), alert.reportReference());
        FormValues form = FormValues.keeping(DraftForm.from(alert, view.report().identifiers()));
        return drafts.draft(200, view, alert, form, FormErrors.none(), null);
    }

    @POST
    @Path("/alerts/{id}/update")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        AlertView alert = decisions.alert(id);
        return drafts.submit(body, alert.reportReference(), alert, (draft, override) -> {
            decisions.updateAlert(page.actor(), id, draft, override);
            return "/staff/alerts/" + id + "?done=updated";
        });
    }

    @POST
    @Path("/alerts/{id}/retract")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retract(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        FormValues form = page.form(body);
        String reason = form.text("reason");
        if (reason == null || reason.length() > 500) {
            FormErrors errors = FormErrors.none();
            errors.add("reason", reason == null ? ErrorCode.REQUIRED : ErrorCode.TOO_LONG);
            return alertPage(400, id, errors, form.v("reason"));
        }
        decisions.retractAlert(page.actor(), id, reason);
        return page.redirect("/staff/alerts/" + id, "retracted");
    }

    /** The alert page shows its content, history and retraction reasons: an audited read. */
    private Response alertPage(int status, long id, FormErrors errors, String reason) {
        AlertView alert = decisions.viewAlert(page.actor(), id);
        FormValues form = FormValues.keeping(DraftForm.from(alert));
        form.set("reason", reason);
        return page.html(
                status,
                Templates.alert(
                        page.page(), areas.names(page.lang()), alert, form, errors, ModerationFields.summary(errors)));
    }
}
