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
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.i18n.Languages;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.common.web.Params;
import org.uglymugs.common.web.StaffPages;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.moderation.Decisions;
import org.uglymugs.moderation.ModerationRecords.Decision;
import org.uglymugs.moderation.ModerationRecords.DecisionType;
import org.uglymugs.moderation.ModerationRecords.ModerationView;
import org.uglymugs.moderation.ModerationRecords.RejectReason;
import org.uglymugs.moderation.Reviews;
import org.uglymugs.report.api.Category;
import org.uglymugs.report.api.QueueFilter;
import org.uglymugs.report.api.QueueItem;
import org.uglymugs.report.api.ReportStatus;

/** The moderators' queue and report review page, with claim, messages, notes and decisions. */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("MODERATOR")
public class ModerationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(
                String lang,
                Desk desk,
                Page<QueueItem> page,
                FormValues filter,
                String query,
                List<Category> categories,
                List<ReportStatus> statuses);

        static native TemplateInstance review(
                String lang, Desk desk, ModerationView view, String notice, FormValues form, FormErrors errors);
    }

    private static final int MAX_TEXT = 5000;

    private final Reviews reviews;
    private final Decisions decisions;
    private final DeskContext context;

    public ModerationPage(Reviews reviews, Decisions decisions, DeskContext context) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.context = context;
    }

    @GET
    @Path("/queue")
    public TemplateInstance queue(
            @Context UriInfo uri, @Context HttpHeaders headers, @CookieParam(StaffPages.COOKIE) String cookie) {
        FormValues filter = new FormValues(uri.getQueryParameters());
        String lang = Languages.resolve(filter.v("lang"), headers);
        QueueFilter query = new QueueFilter(
                Params.text(filter.v("area")),
                Params.enumOf(Category.class, filter.v("category"), "category"),
                Params.enumOf(ReportStatus.class, filter.v("status"), "status"));
        Page<QueueItem> page = reviews.queue(query, PageRequest.of(filter.v("page"), filter.v("size")));
        String keep = "lang=" + lang + param("area", filter) + param("category", filter) + param("status", filter);
        return localised(
                Templates.queue(
                        lang,
                        context.desk(cookie),
                        page,
                        filter,
                        keep,
                        List.of(Category.values()),
                        List.of(ReportStatus.values())),
                lang);
    }

    @GET
    @Path("/reports/{reference}")
    public TemplateInstance review(
            @PathParam("reference") String reference,
            @QueryParam("lang") String lang,
            @QueryParam("done") String done,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        String language = Languages.resolve(lang, headers);
        String notice = done == null || !done.matches("[a-z_]{1,30}") ? null : "staff_done_" + done;
        return page(language, cookie, reference, notice, FormValues.empty(), FormErrors.none());
    }

    @POST
    @Path("/reports/{reference}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claim(
            @PathParam("reference") String reference,
            MultivaluedMap<String, String> body,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        FormValues form = checked(body, cookie);
        reviews.claim(context.actor(), reference);
        return back(reference, form, "claimed");
    }

    @POST
    @Path("/reports/{reference}/messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response message(
            @PathParam("reference") String reference,
            MultivaluedMap<String, String> body,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        return text(
                reference,
                checked(body, cookie),
                "message",
                headers,
                cookie,
                text -> reviews.message(context.actor(), reference, text),
                "message_sent");
    }

    @POST
    @Path("/reports/{reference}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response note(
            @PathParam("reference") String reference,
            MultivaluedMap<String, String> body,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        return text(
                reference,
                checked(body, cookie),
                "note",
                headers,
                cookie,
                text -> reviews.note(context.actor(), reference, text),
                "note_added");
    }

    /** A form with one required text field (a message or a note) of at most {@link #MAX_TEXT} characters. */
    private Response text(
            String reference,
            FormValues form,
            String field,
            HttpHeaders headers,
            String cookie,
            Consumer<String> action,
            String done) {
        String text = form.text(field);
        if (text == null || text.length() > MAX_TEXT) {
            return invalid(reference, form, headers, cookie, field, text == null ? "required" : "too_long");
        }
        action.accept(text);
        return back(reference, form, done);
    }

    @POST
    @Path("/reports/{reference}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(
            @PathParam("reference") String reference,
            MultivaluedMap<String, String> body,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        FormValues form = checked(body, cookie);
        DecisionType type = Params.enumOf(DecisionType.class, form.v("decision"), "decision");
        if (type == null || type == DecisionType.PUBLISH) {
            return invalid(reference, form, headers, cookie, "decision", "invalid");
        }
        Decision decision = new Decision(
                type,
                null,
                false,
                Params.enumOf(RejectReason.class, form.v("reason"), "reason"),
                form.text("question"));
        try {
            decisions.decide(context.actor(), reference, decision);
        } catch (ProblemException e) {
            String field = e.errors().isEmpty() ? "decision" : e.errors().get(0).field();
            String code = e.errors().isEmpty() ? "conflict" : e.errors().get(0).code();
            return invalid(reference, form, headers, cookie, field, code);
        }
        return back(reference, form, "decided");
    }

    private FormValues checked(MultivaluedMap<String, String> body, String cookie) {
        FormValues form = new FormValues(body);
        context.requireCsrf(cookie, form.v("csrf"));
        return form;
    }

    private Response invalid(
            String reference, FormValues form, HttpHeaders headers, String cookie, String field, String code) {
        String lang = Languages.resolve(form.v("lang"), headers);
        FormErrors errors = FormErrors.none();
        errors.add(field, code);
        return Response.status(400)
                .type(MediaType.TEXT_HTML)
                .entity(page(lang, cookie, reference, null, form, errors))
                .build();
    }

    private TemplateInstance page(
            String lang, String cookie, String reference, String notice, FormValues form, FormErrors errors) {
        ModerationView view = reviews.open(context.actor(), reference);
        return localised(Templates.review(lang, context.desk(cookie), view, notice, form, errors), lang);
    }

    static Response back(String reference, FormValues form, String done) {
        String lang = Languages.resolve(form.v("lang"), null);
        return Response.seeOther(URI.create("/staff/reports/" + encode(reference) + "?done=" + done + "&lang=" + lang))
                .build();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String param(String name, FormValues form) {
        String value = form.v(name);
        return value.isBlank() ? "" : "&" + name + "=" + encode(value);
    }
}
