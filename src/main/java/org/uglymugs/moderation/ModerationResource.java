package org.uglymugs.moderation;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.uglymugs.alert.api.AlertDraft;
import org.uglymugs.alert.api.AlertView;
import org.uglymugs.common.error.InputChecks;
import org.uglymugs.common.security.CurrentStaff;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.common.web.Params;
import org.uglymugs.moderation.ModerationRecords.AlertUpdate;
import org.uglymugs.moderation.ModerationRecords.Claim;
import org.uglymugs.moderation.ModerationRecords.ContactRequest;
import org.uglymugs.moderation.ModerationRecords.Decision;
import org.uglymugs.moderation.ModerationRecords.DecisionResult;
import org.uglymugs.moderation.ModerationRecords.IntelligenceInput;
import org.uglymugs.moderation.ModerationRecords.ModerationView;
import org.uglymugs.moderation.ModerationRecords.NoteView;
import org.uglymugs.moderation.ModerationRecords.PiiCheckResult;
import org.uglymugs.moderation.ModerationRecords.Retraction;
import org.uglymugs.moderation.ModerationRecords.Text;
import org.uglymugs.report.api.Category;
import org.uglymugs.report.api.ContactDetails;
import org.uglymugs.report.api.Intelligence;
import org.uglymugs.report.api.QueueFilter;
import org.uglymugs.report.api.QueueItem;
import org.uglymugs.report.api.ReportStatus;

/**
 * The moderators' API: the queue, the opened report, messages, notes, decisions and alert versions.
 * Bodies are checked by bean validation on the parameters ({@code @Valid}); the checks that need the
 * domain (a decision's own requirements, known areas, the report's identifiers, PII) are in
 * {@link Decisions} and its {@code AlertGate}.
 */
@Path("/api/v1/moderation")
@Tag(name = "Moderation")
@RolesAllowed("MODERATOR")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

    private final Reviews reviews;
    private final Decisions decisions;
    private final IntelligenceDesk intelligence;
    private final CurrentStaff current;

    public ModerationResource(
            Reviews reviews, Decisions decisions, IntelligenceDesk intelligence, CurrentStaff current) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.intelligence = intelligence;
        this.current = current;
    }

    @GET
    @Path("/queue")
    @Operation(summary = "Reports awaiting a decision: HIGH risk first, then the oldest (each listing audited)")
    public Page<QueueItem> queue(
            @QueryParam("area") String area,
            @QueryParam("category") String category,
            @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueueFilter filter = new QueueFilter(
                Params.text(area),
                Params.enumOf(Category.class, category, "category"),
                Params.enumOf(ReportStatus.class, status, "status"));
        return reviews.queue(current.username(), filter, PageRequest.of(page, size));
    }

    @GET
    @Path("/reports/{reference}")
    @Operation(summary = "The whole report with incidents, messages, notes, alerts and linked reports (audited)")
    public ModerationView report(@PathParam("reference") String reference) {
        return reviews.open(current.username(), reference);
    }

    @POST
    @Path("/reports/{reference}/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Reveal the reporter's contact, with a reason (its category is audited); only when she asked"
                    + " for support contact")
    @APIResponse(
            responseCode = "200",
            description = "The reporter's contact",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ContactDetails.class)))
    @APIResponse(responseCode = "409", description = "The reporter did not ask for support contact, or left none")
    public ContactDetails revealContact(
            @PathParam("reference") String reference,
            @Valid @NotNull(message = InputChecks.BODY_REQUIRED) ContactRequest request) {
        return reviews.revealContact(current.username(), reference, request.reason());
    }

    @POST
    @Path("/reports/{reference}/claim")
    @Operation(summary = "Take the report: it moves to IN_REVIEW")
    public Claim claim(@PathParam("reference") String reference) {
        return reviews.claim(current.username(), reference);
    }

    @POST
    @Path("/reports/{reference}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(204)
    @Operation(summary = "A message to the reporter, shown on /my-report")
    @APIResponse(responseCode = "204", description = "Sent")
    public void message(
            @PathParam("reference") String reference, @Valid @NotNull(message = InputChecks.BODY_REQUIRED) Text text) {
        reviews.message(current.username(), reference, text.body());
    }

    @POST
    @Path("/reports/{reference}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "An internal note, never shown to reporters or police")
    @APIResponse(
            responseCode = "201",
            description = "Note added",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoteView.class)))
    public NoteView note(
            @PathParam("reference") String reference, @Valid @NotNull(message = InputChecks.BODY_REQUIRED) Text text) {
        return reviews.note(current.username(), reference, text.body());
    }

    @POST
    @Path("/reports/{reference}/pii-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check an alert draft for anything that looks identifying (audited as a read of the report)")
    public PiiCheckResult piiCheck(
            @PathParam("reference") String reference,
            @Valid @NotNull(message = InputChecks.BODY_REQUIRED) AlertDraft draft) {
        return new PiiCheckResult(decisions.piiCheck(current.username(), reference, draft));
    }

    @POST
    @Path("/reports/{reference}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "PUBLISH (with an alert draft), RECORD, REJECT (with a reason) or NEEDS_INFO (with a question)")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "409", description = "No consent to warn others, or the report is already decided")
    @APIResponse(
            responseCode = "422",
            description = "The draft has PII flags: fix them or name them in override (never the reporter's own"
                    + " contact); the refusal is audited as a read of the report")
    public DecisionResult decide(
            @PathParam("reference") String reference,
            @Valid @NotNull(message = InputChecks.BODY_REQUIRED) Decision decision) {
        return decisions.decide(current.username(), reference, decision);
    }

    @PUT
    @Path("/reports/{reference}/intelligence")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The intelligence summary and 3x5x2 grading police liaison officers see (PII-checked)")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "422", description = "The summary has PII flags; fix them or set override")
    public Intelligence intelligence(
            @PathParam("reference") String reference,
            @Valid @NotNull(message = InputChecks.BODY_REQUIRED) IntelligenceInput input) {
        return intelligence.set(current.username(), reference, input);
    }

    @GET
    @Path("/alerts/{id}")
    @Operation(summary = "An alert with its history (audited)")
    public AlertView alert(@PathParam("id") long id) {
        return decisions.viewAlert(current.username(), id);
    }

    @POST
    @Path("/alerts/{id}/update")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new version of the alert (PII-checked again)")
    @APIResponse(
            responseCode = "422",
            description = "The draft has PII flags: fix them or name them in override (never the reporter's own"
                    + " contact); the refusal is audited as a read of the report")
    public AlertView updateAlert(
            @PathParam("id") long id, @Valid @NotNull(message = InputChecks.BODY_REQUIRED) AlertUpdate update) {
        return decisions.updateAlert(current.username(), id, update.alert(), update.override());
    }

    @POST
    @Path("/alerts/{id}/retract")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retract the alert, with a reason; its history is kept")
    public AlertView retractAlert(
            @PathParam("id") long id, @Valid @NotNull(message = InputChecks.BODY_REQUIRED) Retraction retraction) {
        return decisions.retractAlert(current.username(), id, retraction.reason());
    }
}
