package org.uglymugs.subscription.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.uglymugs.alert.api.PublishedAlert;
import org.uglymugs.common.error.Problem;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.subscription.SubscriberAlerts;
import org.uglymugs.subscription.page.AlertSheet;

/** Current alerts in the subscriber's areas, for an ACTIVE subscriber's manage token. */
@Path("/api/v1/alerts")
@Tag(name = "Subscriber")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "404",
        description = "No active subscription has this token, or no such alert (or followed area) in its areas",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SubscriberAlertResource {

    private static final String PDF = "application/pdf";

    private final SubscriberAlerts alerts;
    private final AlertSheet sheets;

    public SubscriberAlertResource(SubscriberAlerts alerts, AlertSheet sheets) {
        this.alerts = alerts;
        this.sheets = sheets;
    }

    @GET
    @Path("/sheet.pdf")
    @Produces(PDF)
    @Operation(
            summary = "The live alerts of one of my areas as an A4 PDF to print",
            description = "Dates, title, summary, description, published identifiers and severity of each alert,"
                    + " the date printed and a confidentiality line, in my language. Nothing about reporters.")
    @APIResponse(
            responseCode = "200",
            description = "The sheet",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "400",
            description = "No area given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sheet(
            @HeaderParam(SubscriptionResource.MANAGE_TOKEN) String token, @QueryParam("area") String area) {
        SubscriberAlerts.AreaSheet sheet = alerts.sheet(token, area);
        return Response.ok(sheets.render(sheet), PDF)
                .header("Content-Disposition", AlertSheet.disposition(sheet.area()))
                .build();
    }

    @GET
    @Operation(summary = "The current (not retracted) alerts in my areas, newest first")
    @APIResponse(responseCode = "200", description = "One page of alerts")
    public Page<PublishedAlert> list(
            @HeaderParam(SubscriptionResource.MANAGE_TOKEN) String token,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return alerts.list(token, PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One current alert in my areas")
    @APIResponse(responseCode = "200", description = "The alert's published content")
    public PublishedAlert get(@HeaderParam(SubscriptionResource.MANAGE_TOKEN) String token, @PathParam("id") long id) {
        return alerts.get(token, id);
    }
}
