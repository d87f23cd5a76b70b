package org.uglymugs.subscription.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.uglymugs.common.error.InputChecks;
import org.uglymugs.common.web.AdminPages;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.common.web.Pager;
import org.uglymugs.common.web.StaffPage;
import org.uglymugs.common.web.StaffPageContext;
import org.uglymugs.common.web.form.ErrorSummary;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.subscription.VettingService;
import org.uglymugs.subscription.api.PendingSubscriber;
import org.uglymugs.subscription.api.Rejection;

/**
 * Moderators vet subscribers while vetting is on, as the moderation API does: the address and the
 * note of each one waiting, the longest waiting first; approve, or reject with a reason (deleted).
 */
@Path(VettingPage.PATH)
@RolesAllowed("MODERATOR")
@Produces(MediaType.TEXT_HTML)
public class VettingPage {

    static final String PATH = "/staff/subscribers";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pending(
                StaffPage page,
                Page<PendingSubscriber> waiting,
                Pager pager,
                FormValues form,
                FormErrors errors,
                ErrorSummary summary);
    }

    private final VettingService vetting;
    private final InputChecks checks;
    private final StaffPageContext page;

    public VettingPage(VettingService vetting, InputChecks checks, StaffPageContext page) {
        this.vetting = vetting;
        this.checks = checks;
        this.page = page;
    }

    @GET
    public Response pending(@QueryParam("page") String number) {
        FormErrors errors = FormErrors.none();
        return render(AdminPages.paging(number, null, errors), FormValues.empty(), errors);
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        page.form(body);
        vetting.approve(page.actor(), id);
        return page.redirect(PATH, "subscriber-approved");
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        FormValues form = page.form(body);
        Rejection rejection = new Rejection(form.text("reason"));
        FormErrors errors = FormErrors.none();
        AdminPages.add(errors, checks.errors(rejection), field -> "reason-" + id);
        if (errors.any()) {
            return render(PageRequest.of(null, null), form, errors);
        }
        vetting.reject(page.actor(), id, rejection.reason());
        return page.redirect(PATH, "subscriber-rejected");
    }

    private Response render(PageRequest paging, FormValues form, FormErrors errors) {
        Page<PendingSubscriber> waiting = vetting.pending(paging);
        Pager pager = Pager.of(waiting, n -> PATH + "?lang=" + page.lang() + "&page=" + n);
        return page.html(
                errors.any() ? 400 : 200,
                Templates.pending(page.page(), waiting, pager, form, errors, AdminPages.summary(errors)));
    }
}
