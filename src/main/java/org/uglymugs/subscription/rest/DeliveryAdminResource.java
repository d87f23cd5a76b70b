package org.uglymugs.subscription.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.uglymugs.common.security.CurrentStaff;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.common.web.Params;
import org.uglymugs.subscription.api.DeliveryView;
import org.uglymugs.subscription.delivery.DeliveryAdmin;

/** Admins see deliveries (never their recipients) and retry failed ones. */
@Path("/api/v1/admin/deliveries")
@Tag(name = "Admin")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryAdminResource {

    private final DeliveryAdmin deliveries;
    private final CurrentStaff current;

    public DeliveryAdminResource(DeliveryAdmin deliveries, CurrentStaff current) {
        this.deliveries = deliveries;
        this.current = current;
    }

    @GET
    @Operation(summary = "Deliveries by status (default FAILED), newest first")
    public Page<DeliveryView> list(
            @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        DeliveryAdmin.Status wanted = Params.enumOf(DeliveryAdmin.Status.class, status, "status");
        return deliveries.list(wanted == null ? DeliveryAdmin.Status.FAILED : wanted, PageRequest.of(page, size));
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Queue a FAILED delivery again, with a fresh count of tries (audited)")
    @APIResponse(responseCode = "200", description = "Queued again")
    public DeliveryView retry(@PathParam("id") long id) {
        return deliveries.retry(current.username(), id);
    }
}
