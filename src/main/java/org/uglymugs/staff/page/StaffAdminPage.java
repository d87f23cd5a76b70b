package org.uglymugs.staff.page;

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
import org.uglymugs.common.error.InputChecks;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.web.AdminPages;
import org.uglymugs.common.web.AdminPages.Call;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.common.web.StaffPages;
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
    private final AdminPages pages;

    public StaffAdminPage(StaffAdminService staff, StaffListing listing, InputChecks checks, AdminPages pages) {
        this.staff = staff;
        this.listing = listing;
        this.checks = checks;
        this.pages = pages;
    }

    @GET
    public Response list(
            @QueryParam("lang") String lang,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("done") String done,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        FormErrors errors = FormErrors.none();
        PageRequest paging = AdminPages.paging(page, size, errors);
        Call call = pages.get(lang, headers, cookie);
        return listing.render(call, paging, FormValues.empty(), errors, AdminPages.notice(done));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            MultivaluedMap<String, String> body,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        FormValues form = new FormValues(body);
        Call call = pages.post(form, headers, cookie);
        FormErrors errors = FormErrors.none();
        NewStaff request = StaffForms.newStaff(form, errors);
        AdminPages.add(errors, checks.errors(request), AdminPages::formField);
        if (!errors.any()) {
            try {
                staff.create(call.me().username(), request);
                return AdminPages.redirect(PATH, call, null, "created", null);
            } catch (ProblemException e) {
                AdminPages.add(errors, AdminPages.fieldErrors(e), AdminPages::formField);
            }
        }
        return listing.render(call, PageRequest.of(null, null), form, errors, null);
    }

    @POST
    @Path("/{id}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(
            @PathParam("id") long id,
            MultivaluedMap<String, String> body,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        return rowChange(id, body, headers, cookie, "disabled", (call, form) -> {
            FormErrors errors = FormErrors.none();
            try {
                staff.setDisabled(call.me().username(), id, true);
            } catch (StaffConflict e) {
                errors.add("disable-" + id, "locked_out");
            }
            return errors;
        });
    }

    @POST
    @Path("/{id}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(
            @PathParam("id") long id,
            MultivaluedMap<String, String> body,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        return rowChange(id, body, headers, cookie, "enabled", (call, form) -> {
            staff.setDisabled(call.me().username(), id, false);
            return FormErrors.none();
        });
    }

    @POST
    @Path("/{id}/reset-2fa")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetTotp(
            @PathParam("id") long id,
            MultivaluedMap<String, String> body,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        return rowChange(id, body, headers, cookie, "reset", (call, form) -> {
            FormErrors errors = FormErrors.none();
            if (!form.on("confirm")) {
                errors.add("confirm-" + id, "unconfirmed");
            } else {
                staff.resetTotp(call.me().username(), id);
            }
            return errors;
        });
    }

    @POST
    @Path("/{id}/areas")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setAreas(
            @PathParam("id") long id,
            MultivaluedMap<String, String> body,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        return rowChange(id, body, headers, cookie, "areas", (call, form) -> {
            FormErrors errors = FormErrors.none();
            AreasChange change = new AreasChange(StaffForms.areas(form));
            AdminPages.add(errors, checks.errors(change), field -> "areas-" + id);
            if (!errors.any()) {
                try {
                    staff.setAreas(call.me().username(), id, change.areas());
                } catch (ProblemException e) {
                    AdminPages.add(errors, AdminPages.fieldErrors(e), field -> "areas-" + id);
                }
            }
            return errors;
        });
    }

    /** A change to one account: CSRF first, then the change, then back to the same page of the list. */
    private Response rowChange(
            long id,
            MultivaluedMap<String, String> body,
            HttpHeaders headers,
            String cookie,
            String done,
            RowAction action) {
        FormValues form = new FormValues(body);
        Call call = pages.post(form, headers, cookie);
        PageRequest paging = AdminPages.paging(form.v("page"), form.v("size"), FormErrors.none());
        FormErrors errors = action.apply(call, form);
        if (!errors.any()) {
            return AdminPages.redirect(PATH, call, paging, done, "staff-" + id);
        }
        return listing.render(call, paging, form, errors, null);
    }

    @FunctionalInterface
    private interface RowAction {
        FormErrors apply(Call call, FormValues form);
    }
}
