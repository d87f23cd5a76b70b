package org.uglymugs.staff.page;

import static org.uglymugs.common.web.form.Pages.localised;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.uglymugs.area.AreaAdminView;
import org.uglymugs.area.AreaService;
import org.uglymugs.common.security.StaffPrincipal;
import org.uglymugs.common.web.AdminPages.Call;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.common.web.Pager;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.staff.Passwords;
import org.uglymugs.staff.StaffAdminService;
import org.uglymugs.staff.StaffRole;

/** The staff admin page as rendered: one page of accounts, their row forms, and the create form. */
@ApplicationScoped
public class StaffListing {

    @CheckedTemplate(basePath = "StaffAdminPage")
    static class Templates {
        static native TemplateInstance list(
                String lang,
                String csrf,
                StaffPrincipal me,
                Page<StaffRow> staff,
                Pager pager,
                List<AreaAdminView> areas,
                List<StaffRole> roles,
                int minPassword,
                FormValues form,
                FormErrors errors,
                String notice);
    }

    private final StaffAdminService staff;
    private final AreaService areas;

    public StaffListing(StaffAdminService staff, AreaService areas) {
        this.staff = staff;
        this.areas = areas;
    }

    /**
     * The page, 400 when there are errors. A row form with an error keeps what was ticked in it; the
     * create form keeps its input (never the password) unless the error was in a row.
     */
    Response render(Call call, PageRequest paging, FormValues form, FormErrors errors, String notice) {
        List<AreaAdminView> all = areas.all();
        Map<String, String> names = all.stream().collect(Collectors.toMap(AreaAdminView::id, AreaAdminView::name));
        Page<StaffRow> rows = staff.list(paging).map(view -> {
            boolean failed = errors.has("areas-" + view.id());
            return StaffRow.of(view, names, failed ? StaffForms.areas(form) : view.areas(), failed);
        });
        boolean rowFailed = errors.all().keySet().stream().anyMatch(f -> f.matches("(areas|confirm)-\\d+"));
        Pager pager = Pager.of(
                rows, n -> StaffAdminPage.PATH + "?lang=" + call.lang() + "&page=" + n + "&size=" + paging.size());
        FormValues createForm = rowFailed ? FormValues.empty() : form;
        TemplateInstance page = Templates.list(
                call.lang(),
                call.csrf(),
                call.me(),
                rows,
                pager,
                all,
                List.of(StaffRole.values()),
                Passwords.MIN_LENGTH,
                createForm,
                errors,
                notice);
        return Response.status(errors.any() ? 400 : 200)
                .entity(localised(page, call.lang()))
                .type(MediaType.TEXT_HTML)
                .build();
    }
}
