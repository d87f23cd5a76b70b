package org.uglymugs.liaison.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.uglymugs.common.web.StaffPage;
import org.uglymugs.common.web.StaffPageContext;
import org.uglymugs.liaison.LiaisonRecords.NoticeView;
import org.uglymugs.liaison.Notices;

/** Admins see which withdrawal notices no officer has acknowledged yet, as the admin API does. */
@Path("/staff/admin/liaison-notices")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("ADMIN")
public class LiaisonAdminPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notices(StaffPage page, List<NoticeView> notices);
    }

    private final Notices notices;
    private final StaffPageContext page;

    public LiaisonAdminPage(Notices notices, StaffPageContext page) {
        this.notices = notices;
        this.page = page;
    }

    @GET
    public Response list() {
        return page.html(Templates.notices(page.page(), notices.unacknowledged()));
    }
}
