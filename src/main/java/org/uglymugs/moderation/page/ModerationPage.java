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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.uglymugs.area.AreaService;
import org.uglymugs.area.api.AreaNames;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.common.web.Pager;
import org.uglymugs.common.web.Params;
import org.uglymugs.common.web.StaffPage;
import org.uglymugs.common.web.StaffPageContext;
import org.uglymugs.common.web.form.ErrorSummary;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.moderation.Decisions;
import org.uglymugs.moderation.ModerationRecords.ContactReason;
import org.uglymugs.moderation.ModerationRecords.Decision;
import org.uglymugs.moderation.ModerationRecords.DecisionType;
import org.uglymugs.moderation.ModerationRecords.ModerationView;
import org.uglymugs.moderation.ModerationRecords.RejectReason;
import org.uglymugs.moderation.Reviews;
import org.uglymugs.report.api.Category;
import org.uglymugs.report.api.ContactDetails;
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
                StaffPage page,
                AreaNames areas,
                Page<QueueItem> items,
                FormValues filter,
                Pager pager,
                List<Category> categories,
                List<ReportStatus> statuses);

        static native TemplateInstance review(
                StaffPage page,
                AreaNames areas,
                ModerationView view,
                FormValues form,
                FormErrors errors,
                ErrorSummary summary,
                ContactDetails revealed);
    }

    private static final int MAX_TEXT = 5000;

    private final Reviews reviews;
    private final Decisions decisions;
    private final StaffPageContext page;
    private final AreaService areas;

    public ModerationPage(Reviews reviews, Decisions decisions, StaffPageContext page, AreaService areas) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.page = page;
        this.areas = areas;
    }

    @GET
    @Path("/queue")
    public Response queue(@Context UriInfo uri) {
        FormValues filter = new FormValues(uri.getQueryParameters());
        String lang = page.lang();
        QueueFilter query = new QueueFilter(
                Params.text(filter.v("area")),
                Params.enumOf(Category.class, filter.v("category"), "category"),
                Params.enumOf(ReportStatus.class, filter.v("status"), "status"));
        Page<QueueItem> items = reviews.queue(page.actor(), query, PageRequest.of(filter.v("page"), filter.v("size")));
        String keep = "lang=" + lang + param("area", filter) + param("category", filter) + param("status", filter);
        return page.html(Templates.queue(
                page.page(),
                areas.names(page.lang()),
                items,
                filter,
                Pager.of(items, n -> "/staff/queue?" + keep + "&page=" + n),
                List.of(Category.values()),
                List.of(ReportStatus.values())));
    }

    @GET
    @Path("/reports/{reference}")
    public Response review(@PathParam("reference") String reference) {
        return reviewPage(200, reference, FormValues.empty(), FormErrors.none());
    }

    /**
     * Reveals the reporter's contact on this one answer (never in a URL or a redirect), with a reason
     * whose category is audited; refused (409 page) unless she asked for support contact.
     */
    @POST
    @Path("/reports/{reference}/contact")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revealContact(@PathParam("reference") String reference, MultivaluedMap<String, String> body) {
        FormValues form = page.form(body);
        FormErrors errors = FormErrors.none();
        ContactReason reason = form.choice("contactReason", ContactReason.class, errors);
        if (reason == null) {
            if (!errors.any()) {
                errors.add("contactReason", ErrorCode.REQUIRED);
            }
            return reviewPage(400, reference, form, errors);
        }
        ContactDetails contact = reviews.revealContact(page.actor(), reference, reason);
        ModerationView view = reviews.open(page.actor(), reference);
        return page.html(Templates.review(
                page.page(), areas.names(page.lang()), view, form, errors, ModerationFields.summary(errors), contact));
    }

    @POST
    @Path("/reports/{reference}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claim(@PathParam("reference") String reference, MultivaluedMap<String, String> body) {
        FormValues form = page.form(body);
        reviews.claim(page.actor(), reference);
        return back(reference, "claimed");
    }

    @POST
    @Path("/reports/{reference}/messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response message(@PathParam("reference") String reference, MultivaluedMap<String, String> body) {
        return text(
                reference,
                page.form(body),
                "message",
                text -> reviews.message(page.actor(), reference, text),
                "message_sent");
    }

    @POST
    @Path("/reports/{reference}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response note(@PathParam("reference") String reference, MultivaluedMap<String, String> body) {
        return text(
                reference, page.form(body), "note", text -> reviews.note(page.actor(), reference, text), "note_added");
    }

    /** A form with one required text field (a message or a note) of at most {@link #MAX_TEXT} characters. */
    private Response text(String reference, FormValues form, String field, Consumer<String> action, String done) {
        String text = form.text(field);
        if (text == null || text.length() > MAX_TEXT) {
            return invalid(reference, form, field, text == null ? ErrorCode.REQUIRED : ErrorCode.TOO_LONG);
        }
        action.accept(text);
        return back(reference, done);
    }

    @POST
    @Path("/reports/{reference}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("reference") String reference, MultivaluedMap<String, String> body) {
        FormValues form = page.form(body);
        DecisionType type = Params.enumOf(DecisionType.class, form.v("decision"), "decision");
        if (type == null || type == DecisionType.PUBLISH) {
            return invalid(reference, form, "decision", ErrorCode.INVALID);
        }
        Decision decision = new Decision(
                type,
                null,
                List.of(),
                Params.enumOf(RejectReason.class, form.v("reason"), "reason"),
                form.text("question"));
        try {
            decisions.decide(page.actor(), reference, decision);
        } catch (ProblemException e) {
            if (e.errors().isEmpty()) {
                return invalid(reference, form, "decision", ErrorCode.CONFLICT);
            }
            FormErrors errors = FormErrors.none();
            errors.add(e.errors().get(0));
            return reviewPage(400, reference, form, errors);
        }
        return back(reference, "decided");
    }

    private Response invalid(String reference, FormValues form, String field, ErrorCode code) {
        FormErrors errors = FormErrors.none();
        errors.add(field, code);
        return reviewPage(400, reference, form, errors);
    }

    private Response reviewPage(int status, String reference, FormValues form, FormErrors errors) {
        ModerationView view = reviews.open(page.actor(), reference);
        return page.html(
                status,
                Templates.review(
                        page.page(),
                        areas.names(page.lang()),
                        view,
                        form,
                        errors,
                        ModerationFields.summary(errors),
                        null));
    }

    private Response back(String reference, String done) {
        return page.redirect("/staff/reports/" + encode(reference), done);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String param(String name, FormValues form) {
        String value = form.v(name);
        return value.isBlank() ? "" : "&" + name + "=" + encode(value);
    }
}
