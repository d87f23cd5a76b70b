package org.uglymugs.report.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import org.uglymugs.report.MyReportService;
import org.uglymugs.report.api.ConsentChange;
import org.uglymugs.report.api.IncidentInput;
import org.uglymugs.report.api.MessageInput;
import org.uglymugs.report.api.MyReportView;

/** The reporter's own report, reached only with the receipt key in the {@code X-Receipt} header. */
@Path("/api/v1/my-report")
@Tag(name = "Reporter")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "404",
        description = "No report matches this receipt (the same answer whether or not one ever existed)")
@APIResponse(responseCode = "429", description = "Too many attempts from this client; see Retry-After")
public class MyReportResource {

    static final String RECEIPT = "X-Receipt";

    private final MyReportService reports;

    public MyReportResource(MyReportService reports) {
        this.reports = reports;
    }

    @GET
    @Operation(summary = "Status, categories, consents, incidents and messages of my report")
    @APIResponse(responseCode = "200", description = "The report as its reporter sees it")
    public MyReportView view(@HeaderParam(RECEIPT) String receipt) {
        return reports.view(receipt);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/incidents")
    @ResponseStatus(201)
    @Operation(summary = "Add a further incident (the harassment log)")
    @APIResponse(
            responseCode = "201",
            description = "Incident added; the updated report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MyReportView.class)))
    @APIResponse(responseCode = "400", description = "Invalid incident; nothing was stored")
    @APIResponse(responseCode = "409", description = "The report holds as many incidents as one report may")
    public RestResponse<MyReportView> addIncident(@HeaderParam(RECEIPT) String receipt, IncidentInput incident) {
        return RestResponse.status(RestResponse.Status.CREATED, reports.addIncident(receipt, incident));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/consents")
    @Operation(summary = "Change or withdraw consents, effective at once")
    @APIResponse(responseCode = "200", description = "Consents changed; the updated report")
    @APIResponse(responseCode = "400", description = "Invalid consents; nothing was changed")
    public MyReportView changeConsents(@HeaderParam(RECEIPT) String receipt, ConsentChange change) {
        return reports.changeConsents(receipt, change);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/messages")
    @ResponseStatus(201)
    @Operation(summary = "Reply to the moderators")
    @APIResponse(
            responseCode = "201",
            description = "Message sent; the updated report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MyReportView.class)))
    @APIResponse(responseCode = "400", description = "Invalid message; nothing was stored")
    @APIResponse(responseCode = "409", description = "The report holds as many messages as one report may")
    public RestResponse<MyReportView> reply(@HeaderParam(RECEIPT) String receipt, MessageInput message) {
        return RestResponse.status(RestResponse.Status.CREATED, reports.reply(receipt, message));
    }

    @DELETE
    @Operation(
            summary = "Erase my report",
            description = "The report, its identifiers, incidents and messages are deleted, not hidden.")
    @APIResponse(responseCode = "204", description = "Erased")
    public void erase(@HeaderParam(RECEIPT) String receipt) {
        reports.erase(receipt);
    }
}
