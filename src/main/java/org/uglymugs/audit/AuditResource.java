package org.uglymugs.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.error.InputChecks;
import org.uglymugs.common.security.CurrentStaff;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.common.web.Params;

/** Admins read and verify the audit log; both acts are themselves audited. */
@Path("/api/v1/admin/audit")
@Tag(name = "Admin")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditLog audit;
    private final AuditHeads heads;
    private final CurrentStaff current;

    public AuditResource(AuditLog audit, AuditHeads heads, CurrentStaff current) {
        this.audit = audit;
        this.heads = heads;
        this.current = current;
    }

    /** A head digest as published by the daily anchor (log line or mail). */
    public record HeadDigest(
            @NotBlank @Size(max = 400) @Pattern(regexp = "[\\x20-\\x7E]*")
            String digest) {}

    @GET
    @Transactional
    @Operation(
            summary =
                    "Audit entries, newest first; filter by actor, action, target and time (from inclusive, to exclusive)")
    public Page<AuditEntryView> search(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("target") String target,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        AuditFilter filter = new AuditFilter(
                Params.text(actor),
                Params.enumOf(AuditAction.class, action, "action"),
                Params.text(target),
                Params.time(from, "from"),
                Params.time(to, "to"));
        return audit.search(current.username(), filter, PageRequest.of(page, size));
    }

    @GET
    @Path("/verify")
    @Transactional
    @Operation(summary = "Recompute the hash chain and name the first entry that does not check out")
    public AuditVerification verify() {
        return audit.verify(current.username());
    }

    @POST
    @Path("/verify-head")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a head digest the daily anchor published: does the chain still contain that head?")
    public AuditHeadCheck verifyHead(@Valid @NotNull(message = InputChecks.BODY_REQUIRED) HeadDigest body) {
        return heads.check(current.username(), body.digest());
    }
}
