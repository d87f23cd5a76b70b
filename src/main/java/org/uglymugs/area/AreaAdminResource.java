package org.uglymugs.area;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.uglymugs.area.api.AreaAdminView;
import org.uglymugs.common.error.InputChecks;
import org.uglymugs.common.security.CurrentStaff;

/** Admins manage the list of areas. */
@Path("/api/v1/admin/areas")
@Tag(name = "Admin")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class AreaAdminResource {

    private final AreaService areas;
    private final AreaAdminService admin;
    private final CurrentStaff current;

    public AreaAdminResource(AreaService areas, AreaAdminService admin, CurrentStaff current) {
        this.areas = areas;
        this.admin = admin;
        this.current = current;
    }

    @GET
    @Operation(summary = "Every area, active or not")
    public List<AreaAdminView> list() {
        return areas.all();
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Add an area")
    @APIResponse(responseCode = "201", description = "Area added")
    @Consumes(MediaType.APPLICATION_JSON)
    public AreaAdminView create(@Valid @NotNull(message = InputChecks.BODY_REQUIRED) AreaAdminView.NewArea request) {
        return admin.create(current.username(), request);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Rename an area, or switch it off or on")
    @Consumes(MediaType.APPLICATION_JSON)
    public AreaAdminView update(
            @PathParam("id") String id,
            @Valid @NotNull(message = InputChecks.BODY_REQUIRED) AreaAdminView.AreaChange change) {
        return admin.update(current.username(), id, change);
    }
}
