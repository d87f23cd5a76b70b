package org.uglymugs.area.page;

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
import java.util.List;
import org.uglymugs.area.AreaAdminService;
import org.uglymugs.area.AreaAdminView;
import org.uglymugs.area.AreaService;
import org.uglymugs.common.error.InputChecks;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.security.StaffPrincipal;
import org.uglymugs.common.web.AdminPages;
import org.uglymugs.common.web.AdminPages.Call;
import org.uglymugs.common.web.StaffPages;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;

/** Admins see every area, active or not, rename or switch one off or on, and add areas, as the admin API does. */
@Path(AreaAdminPage.PATH)
@RolesAllowed("ADMIN")
@Produces(MediaType.TEXT_HTML)
public class AreaAdminPage {

    static final String PATH = "/staff/admin/areas";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                String lang,
                String csrf,
                StaffPrincipal me,
                List<AreaRow> areas,
                FormValues form,
                FormErrors errors,
                String notice);
    }

    private final AreaService areas;
    private final AreaAdminService admin;
    private final InputChecks checks;
    private final AdminPages pages;

    public AreaAdminPage(AreaService areas, AreaAdminService admin, InputChecks checks, AdminPages pages) {
        this.areas = areas;
        this.admin = admin;
        this.checks = checks;
        this.pages = pages;
    }

    @GET
    public Response list(
            @QueryParam("lang") String lang,
            @QueryParam("done") String done,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        return render(
                pages.get(lang, headers, cookie), FormValues.empty(), FormErrors.none(), null, AdminPages.notice(done));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            MultivaluedMap<String, String> body,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        FormValues form = new FormValues(body);
        Call call = pages.post(form, headers, cookie);
        AreaAdminView.NewArea request = new AreaAdminView.NewArea(form.text("id"), form.text("name"));
        FormErrors errors = FormErrors.none();
        AdminPages.add(errors, checks.errors(request), AdminPages::formField);
        if (!errors.any()) {
            try {
                AreaAdminView created = admin.create(call.me().username(), request);
                return AdminPages.redirect(PATH, call, null, "area-created", "area-" + created.id());
            } catch (ProblemException e) {
                AdminPages.add(errors, AdminPages.fieldErrors(e), AdminPages::formField);
            }
        }
        return render(call, form, errors, null, null);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(
            @PathParam("id") String id,
            MultivaluedMap<String, String> body,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        FormValues form = new FormValues(body);
        Call call = pages.post(form, headers, cookie);
        AreaAdminView.AreaChange change = new AreaAdminView.AreaChange(form.text("name"), form.on("active"));
        FormErrors errors = FormErrors.none();
        AdminPages.add(errors, checks.errors(change), field -> "name-" + id);
        if (!errors.any()) {
            try {
                admin.update(call.me().username(), id, change);
                return AdminPages.redirect(PATH, call, null, "area-saved", "area-" + id);
            } catch (ProblemException e) {
                AdminPages.add(errors, AdminPages.fieldErrors(e), field -> "name-" + id);
            }
        }
        return render(call, FormValues.empty(), errors, new Edit(id, form), null);
    }

    /** The list; 400 when there are errors. The row just submitted with an error ({@code edit}) keeps its input. */
    private Response render(Call call, FormValues form, FormErrors errors, Edit edit, String notice) {
        List<AreaRow> rows = areas.all().stream()
                .map(a -> edit != null && edit.id().equals(a.id())
                        ? new AreaRow(a, edit.form().v("name"), edit.form().on("active"))
                        : new AreaRow(a, a.name(), a.active()))
                .toList();
        TemplateInstance page = Templates.list(call.lang(), call.csrf(), call.me(), rows, form, errors, notice);
        return Response.status(errors.any() ? 400 : 200)
                .entity(localised(page, call.lang()))
                .type(MediaType.TEXT_HTML)
                .build();
    }

    private record Edit(String id, FormValues form) {}
}
