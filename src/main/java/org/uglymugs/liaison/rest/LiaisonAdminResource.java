package org.uglymugs.liaison.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.uglymugs.liaison.LiaisonRecords.NoticeView;
import org.uglymugs.liaison.Notices;

/** What admins see of the liaison desk: withdrawal notices no officer has acknowledged yet. */
@Path("/api/v1/admin/liaison")
@Tag(name = "Police liaison")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class LiaisonAdminResource {

    private final Notices notices;

    public LiaisonAdminResource(Notices notices) {
        this.notices = notices;
    }

    @GET
    @Path("/notices")
    @Operation(summary = "Withdrawal notices not yet acknowledged, oldest first, with the officer they went to")
    public List<NoticeView> unacknowledged() {
        return notices.unacknowledged();
    }
}
