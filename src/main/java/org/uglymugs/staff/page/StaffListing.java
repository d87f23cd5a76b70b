package org.uglymugs.staff.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.uglymugs.area.AreaService;
import org.uglymugs.area.api.AreaAdminView;
import org.uglymugs.area.api.AreaNames;
import org.uglymugs.common.web.AdminPages;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.common.web.Pager;
import org.uglymugs.common.web.StaffPage;
import org.uglymugs.common.web.StaffPageContext;
import org.uglymugs.common.web.form.ErrorSummary;
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
                StaffPage page,
                Page<StaffRow> staff,
                Pager pager,
                List<AreaAdminView> areas,
                List<StaffRole> roles,
                int minPassword,
                FormValues form,
                FormErrors errors,
                ErrorSummary summary);
    }

    private final StaffAdminService staff;
    private final AreaService areas;
    private final StaffPageContext page;

    public StaffListing(StaffAdminService staff, AreaService areas, StaffPageContext page) {
        this.staff = staff;
        this.areas = areas;
        this.page = page;
    }

    /**
     * The page, 400 when there are errors. A row form with an error keeps what was ticked in it; the
     * create form keeps its input (never the password) unless the error was in a row.
     */
    Response render(PageRequest paging, FormValues form, FormErrors errors) {
        List<AreaAdminView> all = areas.all();
        AreaNames names = areas.names(page.lang());
        Page<StaffRow> rows = staff.list(paging).map(view -> {
            boolean failed = errors.has("areas-" + view.id());
            return StaffRow.of(view, names, failed ? StaffForms.areas(form) : view.areas(), failed);
        });
        boolean rowFailed = errors.all().keySet().stream().anyMatch(f -> f.matches("(areas|confirm)-\\d+"));
        Pager pager = Pager.of(
                rows, n -> StaffAdminPage.PATH + "?lang=" + page.lang() + "&page=" + n + "&size=" + paging.size());
        FormValues createForm = rowFailed ? FormValues.empty() : form;
        TemplateInstance html = Templates.list(
                page.page(),
                rows,
                pager,
                all,
                List.of(StaffRole.values()),
                Passwords.MIN_LENGTH,
                createForm,
                errors,
                AdminPages.summary(errors));
        return page.html(errors.any() ? 400 : 200, html);
    }
}
