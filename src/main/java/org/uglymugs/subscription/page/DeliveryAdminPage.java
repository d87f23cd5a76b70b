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
import java.util.Arrays;
import java.util.List;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.web.AdminPages;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.Pager;
import org.uglymugs.common.web.StaffPage;
import org.uglymugs.common.web.StaffPageContext;
import org.uglymugs.common.web.form.ErrorSummary;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.subscription.api.DeliveryView;
import org.uglymugs.subscription.delivery.DeliveryAdmin;

/**
 * Admins see deliveries by status (FAILED first: they wait for a person) and queue a failed one
 * again, as the admin API does. Never to whom: the rows name the alert, not the subscriber.
 */
@Path(DeliveryAdminPage.PATH)
@RolesAllowed("ADMIN")
@Produces(MediaType.TEXT_HTML)
public class DeliveryAdminPage {

    static final String PATH = "/staff/admin/deliveries";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                StaffPage page,
                String status,
                List<String> statuses,
                Page<DeliveryView> deliveries,
                Pager pager,
                FormErrors errors,
                ErrorSummary summary);
    }

    private static final List<String> STATUSES =
            Arrays.stream(DeliveryAdmin.Status.values()).map(Enum::name).toList();

    private final DeliveryAdmin deliveries;
    private final StaffPageContext page;

    public DeliveryAdminPage(DeliveryAdmin deliveries, StaffPageContext page) {
        this.deliveries = deliveries;
        this.page = page;
    }

    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("page") String number) {
        FormErrors errors = FormErrors.none();
        DeliveryAdmin.Status wanted =
                STATUSES.contains(status) ? DeliveryAdmin.Status.valueOf(status) : DeliveryAdmin.Status.FAILED;
        if (status != null && !status.isEmpty() && !STATUSES.contains(status)) {
            errors.add("status", ErrorCode.INVALID);
        }
        Page<DeliveryView> shown = deliveries.list(wanted, AdminPages.paging(number, null, errors));
        Pager pager = Pager.of(shown, n -> PATH + "?lang=" + page.lang() + "&status=" + wanted.name() + "&page=" + n);
        return page.html(
                errors.any() ? 400 : 200,
                Templates.list(page.page(), wanted.name(), STATUSES, shown, pager, errors, AdminPages.summary(errors)));
    }

    @POST
    @Path("/{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@PathParam("id") long id, MultivaluedMap<String, String> body) {
        page.form(body);
        deliveries.retry(page.actor(), id);
        return page.redirect(PATH, "delivery-retried");
    }
}
