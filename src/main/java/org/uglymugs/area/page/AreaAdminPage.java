package org.uglymugs.area.page;

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
import java.util.Map;
import org.uglymugs.area.AreaAdminService;
import org.uglymugs.area.AreaService;
import org.uglymugs.area.api.AreaAdminView;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.InputChecks;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.web.AdminPages;
import org.uglymugs.common.web.StaffPage;
import org.uglymugs.common.web.StaffPageContext;
import org.uglymugs.common.web.form.ErrorSummary;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;

/** Admins see every area, active or not, rename or switch one off or on, and add areas, as the admin API does. */
@Path(AreaAdminPage.PATH)
@RolesAllowed("ADMIN")
@Produces(MediaType.TEXT_HTML)
public class AreaAdminPage {

    static final String PATH = "/staff/admin/areas";
    private static final int MAX_NAME = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                StaffPage page, List<AreaRow> areas, FormValues form, FormErrors errors, ErrorSummary summary);
    }

    private final AreaService areas;
    private final AreaAdminService admin;
    private final InputChecks checks;
    private final StaffPageContext page;

    public AreaAdminPage(AreaService areas, AreaAdminService admin, InputChecks checks, StaffPageContext page) {
        this.areas = areas;
        this.admin = admin;
        this.checks = checks;
        this.page = page;
    }

    @GET
    public Response list() {
        return render(FormValues.empty(), FormErrors.none(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> body) {
        FormValues form = page.form(body);
        AreaAdminView.NewArea request = new AreaAdminView.NewArea(form.text("id"), form.text("name"));
        FormErrors errors = FormErrors.none();
        AdminPages.add(errors, checks.errors(request), AdminPages::formField);
        dutchName(form, errors, "nameNl");
        if (!errors.any()) {
            try {
                AreaAdminView created = admin.create(page.actor(), request);
                admin.setDutchName(page.actor(), created.id(), form.text("nameNl"));
                return page.redirect(PATH + "#area-" + created.id(), "area-created");
            } catch (ProblemException e) {
                AdminPages.add(errors, AdminPages.fieldErrors(e), AdminPages::formField);
            }
        }
        return render(form, errors, null);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        FormValues form = page.form(body);
        AreaAdminView.AreaChange change = new AreaAdminView.AreaChange(form.text("name"), form.on("active"));
        FormErrors errors = FormErrors.none();
        AdminPages.add(errors, checks.errors(change), field -> "name-" + id);
        dutchName(form, errors, "nameNl-" + id);
        if (!errors.any()) {
            try {
                admin.update(page.actor(), id, change);
                admin.setDutchName(page.actor(), id, form.text("nameNl"));
                return page.redirect(PATH + "#area-" + id, "area-saved");
            } catch (ProblemException e) {
                AdminPages.add(errors, AdminPages.fieldErrors(e), field -> "name-" + id);
            }
        }
        return render(FormValues.empty(), errors, new Edit(id, form));
    }

    /** The list; 400 when there are errors. The row just submitted with an error ({@code edit}) keeps its input. */
    private Response render(FormValues form, FormErrors errors, Edit edit) {
        Map<String, String> dutch = areas.dutchNames();
        List<AreaRow> rows = areas.all().stream()
                .map(a -> edit != null && edit.id().equals(a.id())
                        ? new AreaRow(
                                a,
                                edit.form().v("name"),
                                edit.form().v("nameNl"),
                                edit.form().on("active"))
                        : new AreaRow(a, a.name(), dutch.getOrDefault(a.id(), ""), a.active()))
                .toList();
        return page.html(
                errors.any() ? 400 : 200, Templates.list(page.page(), rows, form, errors, AdminPages.summary(errors)));
    }

    /** The optional Dutch name: at most as long as the name. */
    private static void dutchName(FormValues form, FormErrors errors, String field) {
        String nameNl = form.text("nameNl");
        if (nameNl != null && nameNl.length() > MAX_NAME) {
            errors.add(field, ErrorCode.TOO_LONG);
        }
    }

    private record Edit(String id, FormValues form) {}
}
