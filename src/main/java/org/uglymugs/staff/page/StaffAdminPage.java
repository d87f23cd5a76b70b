package org.uglymugs.staff.page;

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
import java.util.function.Function;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.InputChecks;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.web.AdminPages;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.common.web.StaffPageContext;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.staff.AreasChange;
import org.uglymugs.staff.NewStaff;
import org.uglymugs.staff.StaffAdminService;
import org.uglymugs.staff.StaffConflict;

/** Admins list, create and disable staff accounts, reset 2FA and scope liaison officers, as the admin API does. */
@Path(StaffAdminPage.PATH)
@RolesAllowed("ADMIN")
@Produces(MediaType.TEXT_HTML)
public class StaffAdminPage {

    static final String PATH = "/staff/admin/staff";

    private final StaffAdminService staff;
    private final StaffListing listing;
    private final InputChecks checks;
    private final StaffPageContext page;

    public StaffAdminPage(StaffAdminService staff, StaffListing listing, InputChecks checks, StaffPageContext page) {
        this.staff = staff;
        this.listing = listing;
        this.checks = checks;
        this.page = page;
    }

    @GET
    public Response list(@QueryParam("page") String pageNumber, @QueryParam("size") String size) {
        FormErrors errors = FormErrors.none();
        PageRequest paging = AdminPages.paging(pageNumber, size, errors);
        return listing.render(paging, FormValues.empty(), errors);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> body) {
        FormValues form = page.form(body);
        FormErrors errors = FormErrors.none();
        NewStaff request = StaffForms.newStaff(form, errors);
        AdminPages.add(errors, checks.errors(request), AdminPages::formField);
        if (!errors.any()) {
            try {
                staff.create(page.actor(), request);
                return page.redirect(PATH, "created");
            } catch (ProblemException e) {
                AdminPages.add(errors, AdminPages.fieldErrors(e), AdminPages::formField);
            }
        }
        return listing.render(PageRequest.of(null, null), form, errors);
    }

    @POST
    @Path("/{id}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        return rowChange(id, body, "disabled", form -> {
            FormErrors errors = FormErrors.none();
            try {
                staff.setDisabled(page.actor(), id, true);
            } catch (StaffConflict e) {
                errors.add("disable-" + id, ErrorCode.LOCKED_OUT);
            }
            return errors;
        });
    }

    @POST
    @Path("/{id}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        return rowChange(id, body, "enabled", form -> {
            staff.setDisabled(page.actor(), id, false);
            return FormErrors.none();
        });
    }

    @POST
    @Path("/{id}/reset-2fa")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetTotp(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        return rowChange(id, body, "reset", form -> {
            FormErrors errors = FormErrors.none();
            if (!form.on("confirm")) {
                errors.add("confirm-" + id, ErrorCode.CONFIRM);
            } else {
                staff.resetTotp(page.actor(), id);
            }
            return errors;
        });
    }

    @POST
    @Path("/{id}/areas")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setAreas(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        return rowChange(id, body, "areas", form -> {
            FormErrors errors = FormErrors.none();
            AreasChange change = new AreasChange(StaffForms.areas(form));
            AdminPages.add(errors, checks.errors(change), field -> "areas-" + id);
            if (!errors.any()) {
                try {
                    staff.setAreas(page.actor(), id, change.areas());
                } catch (ProblemException e) {
                    AdminPages.add(errors, AdminPages.fieldErrors(e), field -> "areas-" + id);
                }
            }
            return errors;
        });
    }

    /** A change to one account: CSRF first, then the change, then back to the same page of the list. */
    private Response rowChange(
            long id, MultivaluedMap<String, String> body, String done, Function<FormValues, FormErrors> action) {
        FormValues form = page.form(body);
        PageRequest paging = AdminPages.paging(form.v("page"), form.v("size"), FormErrors.none());
        FormErrors errors = action.apply(form);
        if (!errors.any()) {
            return page.redirect(PATH + "?page=" + paging.page() + "&size=" + paging.size() + "#staff-" + id, done);
        }
        return listing.render(paging, form, errors);
    }
}
