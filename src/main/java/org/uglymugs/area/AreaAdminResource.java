package org.uglymugs.area;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.uglymugs.audit.AuditAction;
import org.uglymugs.audit.AuditLog;
import org.uglymugs.common.error.InputChecks;
import org.uglymugs.staff.auth.CurrentStaff;

/** Admins manage the list of areas. */
@Path("/api/v1/admin/areas")
@Tag(name = "Admin")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class AreaAdminResource {

    private final AreaService areas;
    private final InputChecks checks;
    private final AuditLog audit;
    private final CurrentStaff current;

    public AreaAdminResource(AreaService areas, InputChecks checks, AuditLog audit, CurrentStaff current) {
        this.areas = areas;
        this.checks = checks;
        this.audit = audit;
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
    @jakarta.transaction.Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    public AreaAdminView create(AreaAdminView.NewArea request) {
        checks.check(request);
        AreaAdminView created = areas.create(request);
        audit.record(current.username(), AuditAction.AREA_CREATED, created.id(), Map.of("name", created.name()));
        return created;
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Rename an area, or switch it off or on")
    @jakarta.transaction.Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    public AreaAdminView update(@PathParam("id") String id, AreaAdminView.AreaChange change) {
        checks.check(change);
        AreaAdminView updated = areas.update(id, change);
        audit.record(current.username(), AuditAction.AREA_CHANGED, id,
                Map.of("name", updated.name(), "active", Boolean.toString(updated.active())));
        return updated;
    }
}
