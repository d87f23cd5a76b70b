package org.uglymugs.liaison.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.uglymugs.common.security.CurrentStaff;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.common.web.Params;
import org.uglymugs.liaison.ContactDesk;
import org.uglymugs.liaison.ExportFormat;
import org.uglymugs.liaison.Exports;
import org.uglymugs.liaison.IntelDesk;
import org.uglymugs.liaison.LiaisonRecords.AccessView;
import org.uglymugs.liaison.LiaisonRecords.ContactView;
import org.uglymugs.liaison.LiaisonRecords.NoticeView;
import org.uglymugs.liaison.Notices;
import org.uglymugs.report.api.Category;
import org.uglymugs.report.api.IntelItem;
import org.uglymugs.report.api.IntelQuery;
import org.uglymugs.report.api.IntelRecord;

/**
 * The police liaison desk: consented intelligence in the officer's own areas, RECORDED or
 * PUBLISHED only. Any other record is the same 404 as a report that does not exist. Every read is
 * audited with its references.
 */
@Path("/api/v1/liaison")
@Tag(name = "Police liaison")
@RolesAllowed("POLICE_LIAISON")
@Produces(MediaType.APPLICATION_JSON)
public class LiaisonResource {

    private final IntelDesk desk;
    private final Exports exports;
    private final ContactDesk contacts;
    private final Notices notices;
    private final CurrentStaff current;

    public LiaisonResource(
            IntelDesk desk, Exports exports, ContactDesk contacts, Notices notices, CurrentStaff current) {
        this.desk = desk;
        this.exports = exports;
        this.contacts = contacts;
        this.notices = notices;
        this.current = current;
    }

    /** The query parameters of a filtered list, checked (a bad value is a 400 naming it). */
    static IntelQuery query(String area, String category, String since) {
        return new IntelQuery(
                Set.of(),
                Params.text(area),
                Params.enumOf(Category.class, category, "category"),
                Params.date(since, "since"));
    }

    @GET
    @Path("/intel")
    @Operation(summary = "Consented intelligence in my areas, newest incident first (audited)")
    public Page<IntelItem> list(
            @QueryParam("area") String area,
            @QueryParam("category") String category,
            @QueryParam("since") String since,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return desk.list(current.get(), query(area, category, since), PageRequest.of(page, size));
    }

    @GET
    @Path("/intel/export")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf"})
    @Operation(
            summary =
                    "A graded export of my filtered list: format json (default), csv or pdf (audited with its hashes)")
    public Response exportList(
            @QueryParam("format") String format,
            @QueryParam("area") String area,
            @QueryParam("category") String category,
            @QueryParam("since") String since) {
        return send(exports.list(current.get(), query(area, category, since), ExportFormat.of(format)));
    }

    @GET
    @Path("/intel/{reference}/export")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf"})
    @Operation(summary = "A graded export of one record: format json (default), csv or pdf (audited with its hashes)")
    @APIResponse(responseCode = "200", description = "The export, as a download")
    @APIResponse(responseCode = "404", description = "No such record, or not one this officer may see")
    public Response exportOne(@PathParam("reference") String reference, @QueryParam("format") String format) {
        return send(exports.one(current.get(), reference, ExportFormat.of(format)));
    }

    private static Response send(Exports.Export export) {
        return Response.ok(export.body(), export.format().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + export.filename() + "\"")
                .header("X-Canonical-Json-Sha256", export.jsonSha256())
                .build();
    }

    @GET
    @Path("/intel/{reference}")
    @Operation(summary = "One record: only the fields the reporter's consent shares (audited)")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "404", description = "No such record, or not one this officer may see")
    public IntelRecord record(@PathParam("reference") String reference) {
        return desk.view(current.get(), reference);
    }

    @GET
    @Path("/intel/{reference}/contact")
    @Operation(summary = "The reporter's chosen contact details, only with their policeContactMe consent (audited)")
    @APIResponse(responseCode = "200", description = "The contact details")
    @APIResponse(
            responseCode = "404",
            description = "No such record, not one this officer may see, or no contact consent")
    public ContactView contact(@PathParam("reference") String reference) {
        return contacts.contact(current.get(), reference);
    }

    @POST
    @Path("/intel/{reference}/contact/contacted")
    @ResponseStatus(204)
    @Operation(summary = "Mark the reporter as contacted (audited)")
    @APIResponse(responseCode = "204", description = "Marked")
    @APIResponse(
            responseCode = "404",
            description = "No such record, not one this officer may see, or no contact consent")
    public void contacted(@PathParam("reference") String reference) {
        contacts.markContacted(current.get(), reference);
    }

    @GET
    @Path("/notices")
    @Operation(summary = "My withdrawal notices: consent was withdrawn for these references; delete local copies")
    public List<NoticeView> notices() {
        return notices.mine(current.get());
    }

    @POST
    @Path("/notices/{id}/acknowledge")
    @Operation(summary = "Acknowledge a withdrawal notice: local copies are deleted (audited)")
    @APIResponse(responseCode = "200", description = "Acknowledged")
    @APIResponse(responseCode = "404", description = "No such notice of mine")
    public NoticeView acknowledge(@PathParam("id") long id) {
        return notices.acknowledge(current.get(), id);
    }

    @GET
    @Path("/me/access")
    @Operation(summary = "My own access history: what I viewed, exported or asked to contact, newest first")
    public Page<AccessView> access(@QueryParam("page") String page, @QueryParam("size") String size) {
        return desk.access(current.get(), PageRequest.of(page, size));
    }
}
