package org.uglymugs.moderation.page;

import static org.uglymugs.common.web.form.Pages.localised;

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
import org.uglymugs.alert.api.AlertView;
import org.uglymugs.common.i18n.Languages;
import org.uglymugs.common.web.StaffPages;
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
                String lang, Desk desk, AlertView alert, String notice, FormValues form, FormErrors errors);
    }

    private final Reviews reviews;
    private final Decisions decisions;
    private final DeskContext context;
    private final DraftPages drafts;

    public AlertVersionsPage(Reviews reviews, Decisions decisions, DeskContext context, DraftPages drafts) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.context = context;
        this.drafts = drafts;
    }

    @GET
    @Path("/alerts/{id}")
    public TemplateInstance alert(
            @PathParam("id") long id,
            @QueryParam("lang") String lang,
            @QueryParam("done") String done,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        String language = Languages.resolve(lang, headers);
        String notice = done == null || !done.matches("[a-z_]{1,30}") ? null : "staff_done_" + done;
        AlertView alert = decisions.alert(id);
        return localised(
                Templates.alert(
                        language,
                        context.desk(cookie),
                        alert,
                        notice,
                        new FormValues(DraftForm.from(alert)),
                        FormErrors.none()),
                language);
    }

    @GET
    @Path("/alerts/{id}/edit")
    public TemplateInstance edit(
            @PathParam("id") long id,
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        String language = Languages.resolve(lang, headers);
        AlertView alert = decisions.alert(id);
        ModerationView view = reviews.open(context.actor(), alert.reportReference());
        FormValues form = new FormValues(DraftForm.from(alert, view.report().identifiers()));
        return drafts.draft(language, cookie, view, alert, form, FormErrors.none(), null);
    }

    @POST
    @Path("/alerts/{id}/update")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(
            @PathParam("id") long id,
            MultivaluedMap<String, String> body,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        AlertView alert = decisions.alert(id);
        return drafts.submit(body, headers, cookie, alert.reportReference(), alert, (draft, override) -> {
            decisions.updateAlert(context.actor(), id, draft, override);
            return "/staff/alerts/" + id + "?done=updated";
        });
    }

    @POST
    @Path("/alerts/{id}/retract")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retract(
            @PathParam("id") long id,
            MultivaluedMap<String, String> body,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        FormValues form = new FormValues(body);
        context.requireCsrf(cookie, form.v("csrf"));
        String lang = Languages.resolve(form.v("lang"), headers);
        String reason = form.text("reason");
        if (reason == null || reason.length() > 500) {
            FormErrors errors = FormErrors.none();
            errors.add("reason", reason == null ? "required" : "too_long");
            AlertView alert = decisions.alert(id);
            return Response.status(400)
                    .type(MediaType.TEXT_HTML)
                    .entity(localised(
                            Templates.alert(
                                    lang,
                                    context.desk(cookie),
                                    alert,
                                    null,
                                    new FormValues(DraftForm.from(alert)),
                                    errors),
                            lang))
                    .build();
        }
        decisions.retractAlert(context.actor(), id, reason);
        return Response.seeOther(URI.create("/staff/alerts/" + id + "?done=retracted&lang=" + lang))
                .build();
    }
}
