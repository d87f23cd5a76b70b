package org.uglymugs.subscription.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import org.uglymugs.common.error.Problem;
import org.uglymugs.subscription.SubscriptionService;
import org.uglymugs.subscription.api.Confirmation;
import org.uglymugs.subscription.api.Confirmed;
import org.uglymugs.subscription.api.Preferences;
import org.uglymugs.subscription.api.SubscriptionAccepted;
import org.uglymugs.subscription.api.SubscriptionRequest;
import org.uglymugs.subscription.api.SubscriptionView;

/** Subscribing (double opt-in) and managing a subscription with the manage token. */
@Path("/api/v1/subscriptions")
@Tag(name = "Subscriber")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "429",
        description = "Too many attempts from this client; see Retry-After",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SubscriptionResource {

    public static final String MANAGE_TOKEN = "X-Manage-Token";

    private final SubscriptionService subscriptions;

    public SubscriptionResource(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Operation(
            summary = "Subscribe: a confirmation email follows",
            description = "The same 202 and body whether or not the address is already subscribed.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted; a confirmation link is mailed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SubscriptionAccepted.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid request, naming the field; nothing was stored or sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<SubscriptionAccepted> subscribe(SubscriptionRequest request) {
        subscriptions.subscribe(request);
        return RestResponse.status(RestResponse.Status.ACCEPTED, SubscriptionAccepted.INSTANCE);
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm with the token from the email; answers the manage token, once")
    @APIResponse(responseCode = "200", description = "ACTIVE, or PENDING_APPROVAL while vetting is on")
    @APIResponse(
            responseCode = "404",
            description = "Unknown, used or expired token (one answer for all)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Confirmed confirm(Confirmation confirmation) {
        return subscriptions.confirm(confirmation == null ? null : confirmation.token());
    }

    @GET
    @Path("/me")
    @Operation(summary = "My subscription (with X-Manage-Token)")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(
            responseCode = "404",
            description = "No subscription has this token (the same answer for a wrong or missing one)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionView me(@HeaderParam(MANAGE_TOKEN) String token) {
        return subscriptions.view(token);
    }

    @PUT
    @Path("/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my subscription (the subscribing fields, minus the email)")
    @APIResponse(responseCode = "200", description = "The changed subscription")
    @APIResponse(
            responseCode = "400",
            description = "Invalid request, naming the field; nothing was changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No subscription has this token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionView change(@HeaderParam(MANAGE_TOKEN) String token, Preferences preferences) {
        return subscriptions.change(token, preferences);
    }

    @DELETE
    @Path("/me")
    @Operation(summary = "Unsubscribe: the subscription is deleted, not flagged")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "404",
            description = "No subscription has this token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@HeaderParam(MANAGE_TOKEN) String token) {
        subscriptions.delete(token);
    }

    @POST
    @Path("/unsubscribe")
    @Operation(
            summary = "One-click unsubscribe (RFC 8058), the target of every mail's List-Unsubscribe header",
            description = "Needs no session or CSRF token; the same answer whether or not the token still names"
                    + " a subscription.")
    @APIResponse(responseCode = "204", description = "Unsubscribed (or nothing to unsubscribe)")
    public void unsubscribe(@QueryParam("token") String token) {
        subscriptions.unsubscribe(token);
    }
}
