package org.uglymugs.subscription.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.jboss.resteasy.reactive.ResponseStatus;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.InputChecks;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.security.CurrentStaff;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.common.web.Params;
import org.uglymugs.subscription.SubscriberStatus;
import org.uglymugs.subscription.VettingService;
import org.uglymugs.subscription.api.PendingSubscriber;
import org.uglymugs.subscription.api.Rejection;

/** Vetting: moderators approve or reject confirmed subscribers (both audited). */
@Path("/api/v1/moderation/subscribers")
@Tag(name = "Moderation")
@RolesAllowed("MODERATOR")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriberModerationResource {

    private final VettingService vetting;
    private final CurrentStaff current;

    public SubscriberModerationResource(VettingService vetting, CurrentStaff current) {
        this.vetting = vetting;
        this.current = current;
    }

    @GET
    @Operation(summary = "Subscribers waiting for approval (status=PENDING_APPROVAL), the longest waiting first")
    public Page<PendingSubscriber> list(
            @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        SubscriberStatus wanted = Params.enumOf(SubscriberStatus.class, status, "status");
        if (wanted != null && wanted != SubscriberStatus.PENDING_APPROVAL) {
            throw ProblemException.invalid("status", ErrorCode.INVALID, "moderators see PENDING_APPROVAL only");
        }
        return vetting.pending(PageRequest.of(page, size));
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve: the subscriber receives alerts from now on")
    @APIResponse(responseCode = "200", description = "Approved")
    public PendingSubscriber approve(@PathParam("id") long id) {
        return vetting.approve(current.username(), id);
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(204)
    @Operation(summary = "Reject with a reason: the subscription is deleted")
    @APIResponse(responseCode = "204", description = "Rejected and deleted")
    public void reject(
            @PathParam("id") long id, @Valid @NotNull(message = InputChecks.BODY_REQUIRED) Rejection rejection) {
        vetting.reject(current.username(), id, rejection.reason());
    }
}
