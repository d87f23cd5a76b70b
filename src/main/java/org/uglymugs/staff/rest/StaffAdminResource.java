package org.uglymugs.staff.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.uglymugs.common.error.InputChecks;
import org.uglymugs.common.security.CurrentStaff;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.staff.AreasChange;
import org.uglymugs.staff.NewStaff;
import org.uglymugs.staff.PasswordReset;
import org.uglymugs.staff.StaffAdminService;
import org.uglymugs.staff.StaffView;

/** Admins list, create and disable staff accounts, reset 2FA, and scope liaison officers to areas. */
@Path("/api/v1/admin/staff")
@Tag(name = "Admin")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class StaffAdminResource {

    private final StaffAdminService staff;
    private final CurrentStaff current;

    public StaffAdminResource(StaffAdminService staff, CurrentStaff current) {
        this.staff = staff;
        this.current = current;
    }

    @GET
    @Operation(summary = "Staff accounts, by username")
    public Page<StaffView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return staff.list(PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One staff account")
    public StaffView get(@PathParam("id") long id) {
        return staff.get(id);
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Create a staff account; the person enrols 2FA at first login")
    @APIResponse(responseCode = "201", description = "Account created")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffView create(@Valid @NotNull(message = InputChecks.BODY_REQUIRED) NewStaff request) {
        return staff.create(current.username(), request);
    }

    @POST
    @Path("/{id}/disable")
    @Operation(summary = "Disable an account; its sessions end at once")
    public StaffView disable(@PathParam("id") long id) {
        return staff.setDisabled(current.username(), id, true);
    }

    @POST
    @Path("/{id}/enable")
    @Operation(summary = "Enable a disabled account")
    public StaffView enable(@PathParam("id") long id) {
        return staff.setDisabled(current.username(), id, false);
    }

    @POST
    @Path("/{id}/reset-2fa")
    @Operation(summary = "Reset 2FA: a new secret to enrol at next login; sessions end at once")
    public StaffView resetTotp(@PathParam("id") long id) {
        return staff.resetTotp(current.username(), id);
    }

    @POST
    @Path("/{id}/reset-password")
    @Operation(
            summary = "Set a new initial password: it must be changed at next login (2FA stays), within the set-up "
                    + "window; sessions end at once")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffView resetPassword(
            @PathParam("id") long id, @Valid @NotNull(message = InputChecks.BODY_REQUIRED) PasswordReset reset) {
        return staff.resetPassword(current.username(), id, reset.password());
    }

    @PUT
    @Path("/{id}/areas")
    @Operation(summary = "Set the areas a police liaison officer is scoped to")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffView setAreas(
            @PathParam("id") long id, @Valid @NotNull(message = InputChecks.BODY_REQUIRED) AreasChange change) {
        return staff.setAreas(current.username(), id, change.areas());
    }
}
