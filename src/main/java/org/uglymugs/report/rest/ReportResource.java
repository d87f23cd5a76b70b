package org.uglymugs.report.rest;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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
import org.uglymugs.report.CheckedSubmission;
import org.uglymugs.report.ReportChecks;
import org.uglymugs.report.ReportService;
import org.uglymugs.report.api.ReportReceipt;
import org.uglymugs.report.api.ReportSubmission;

@Path("/api/v1/reports")
@Tag(name = "Reporter")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportService reports;
    private final ReportChecks checks;

    public ReportResource(ReportService reports, ReportChecks checks) {
        this.reports = reports;
        this.checks = checks;
    }

    @POST
    @ResponseStatus(201)
    @Operation(
            summary = "Submit an anonymous report",
            description = "Answers with the public reference and the receipt key, shown this once.")
    @APIResponse(
            responseCode = "201",
            description = "Report received",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportReceipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid report; nothing was stored")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "429", description = "Too many reports from this client; see Retry-After")
    @Transactional // the checks' area look-up and the storing share one connection and one commit
    public RestResponse<ReportReceipt> submit(ReportSubmission submission) {
        // Only a report that would be stored counts against the limit; bad input is a 400 first.
        CheckedSubmission checked = checks.check(submission);
        return RestResponse.status(RestResponse.Status.CREATED, reports.submit(checked));
    }
}
