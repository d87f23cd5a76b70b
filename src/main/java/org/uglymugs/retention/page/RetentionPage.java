package org.uglymugs.retention.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.uglymugs.common.web.StaffPage;
import org.uglymugs.common.web.StaffPageContext;
import org.uglymugs.retention.RetentionSettings;
import org.uglymugs.retention.RetentionView;

/** Admins see how long each kind of data is kept and what the last run deleted, as the admin API says. */
@Path("/staff/admin/retention")
@RolesAllowed("ADMIN")
@Produces(MediaType.TEXT_HTML)
public class RetentionPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance view(StaffPage page, RetentionView retention);
    }

    private final RetentionSettings settings;
    private final StaffPageContext page;

    public RetentionPage(RetentionSettings settings, StaffPageContext page) {
        this.settings = settings;
        this.page = page;
    }

    @GET
    public Response view() {
        return page.html(Templates.view(page.page(), settings.view()));
    }
}
