package org.uglymugs.subscription.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.uglymugs.common.error.Problem;
import org.uglymugs.subscription.IdentifierCheck;
import org.uglymugs.subscription.api.CheckAnswer;
import org.uglymugs.subscription.api.CheckRequest;

/** The check before a booking, for an ACTIVE subscriber's manage token. */
@Path("/api/v1/checks")
@Tag(name = "Subscriber")
@Produces(MediaType.APPLICATION_JSON)
public class CheckResource {

    private final IdentifierCheck check;

    public CheckResource(IdentifierCheck check) {
        this.check = check;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Has this identifier been published in a live alert?",
            description = "The value is normalised exactly as at intake and matched by keyed hash against the"
                    + " identifiers of live alerts only; reports that were never published are never revealed."
                    + " The value is not stored, logged or audited. Limited per subscriber and per client.")
    @APIResponse(
            responseCode = "200",
            description = "The answer (matches 0 when nothing is published)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CheckAnswer.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid request, naming the field (type, value or platform)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No active subscription has this token (the same answer for a wrong or missing one)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "429",
            description = "Too many checks by this subscriber or from this client; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CheckAnswer> check(@HeaderParam(SubscriptionResource.MANAGE_TOKEN) String token, CheckRequest request) {
        return check.checkWithoutBlocking(token, request);
    }
}
