package org.uglymugs.audit.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.uglymugs.audit.AuditEntryView;
import org.uglymugs.audit.AuditFilter;
import org.uglymugs.audit.AuditHeadCheck;
import org.uglymugs.audit.AuditHeads;
import org.uglymugs.audit.AuditLog;
import org.uglymugs.audit.AuditVerification;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.web.AdminPages;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.common.web.Pager;
import org.uglymugs.common.web.StaffPage;
import org.uglymugs.common.web.StaffPageContext;
import org.uglymugs.common.web.form.ErrorSummary;
import org.uglymugs.common.web.form.FormErrors;

/** Admins read and verify the audit log; as in the API, both acts are themselves audited (by {@link AuditLog}). */
@Path(AuditPage.PATH)
@RolesAllowed("ADMIN")
@Produces(MediaType.TEXT_HTML)
public class AuditPage {

    static final String PATH = "/staff/admin/audit";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(
                StaffPage page,
                AuditQuery query,
                List<AuditAction> actions,
                Page<AuditEntryView> entries,
                Pager pager,
                AuditVerification verification,
                String problem,
                AuditHeadCheck head,
                String headKey,
                FormErrors errors,
                ErrorSummary summary,
                String digest);
    }

    private final AuditLog audit;
    private final AuditHeads heads;
    private final StaffPageContext page;

    public AuditPage(AuditLog audit, AuditHeads heads, StaffPageContext page) {
        this.audit = audit;
        this.heads = heads;
        this.page = page;
    }

    @GET
    @Transactional
    public Response search(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("target") String target,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String pageNumber,
            @QueryParam("size") String size) {
        AuditQuery query = AuditQuery.of(actor, action, target, from, to);
        return render(query, pageNumber, size, null, null, FormErrors.none(), "");
    }

    @POST
    @Path("/verify")
    @Transactional
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verify(MultivaluedMap<String, String> body) {
        page.form(body);
        return render(AuditQuery.none(), null, null, audit.verify(page.actor()), null, FormErrors.none(), "");
    }

    /** Checks a pasted head digest (the daily anchor's): does the chain still contain that head? */
    @POST
    @Path("/head")
    @Transactional
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response head(MultivaluedMap<String, String> body) {
        page.form(body);
        String digest = body.getFirst("digest");
        if (digest == null || digest.isBlank() || digest.length() > 400) {
            FormErrors errors = FormErrors.none();
            errors.add("digest", digest == null || digest.isBlank() ? ErrorCode.REQUIRED : ErrorCode.TOO_LONG);
            return render(AuditQuery.none(), null, null, null, null, errors, digest == null ? "" : digest);
        }
        return render(
                AuditQuery.none(), null, null, null, heads.check(page.actor(), digest), FormErrors.none(), digest);
    }

    /** The filtered log (400 with errors next to filters that do not parse, and no entries). */
    private Response render(
            AuditQuery query,
            String pageNumber,
            String size,
            AuditVerification result,
            AuditHeadCheck head,
            FormErrors errors,
            String digest) {
        AuditFilter filter = query.filter(errors);
        PageRequest paging = AdminPages.paging(pageNumber, size, errors);
        Page<AuditEntryView> entries = null;
        Pager pager = null;
        if (!errors.any()) {
            entries = audit.search(page.actor(), filter, paging);
            pager = Pager.of(entries, n -> query.href(page.lang(), n, paging.size()));
        }
        TemplateInstance html = Templates.log(
                page.page(),
                query,
                List.of(AuditAction.values()),
                entries,
                pager,
                result,
                problemKey(result),
                head,
                headKey(head),
                errors,
                AdminPages.summary(errors),
                digest);
        return page.html(errors.any() ? 400 : 200, html);
    }

    /** The staff-bundle text for why an entry broke the chain. */
    private static String problemKey(AuditVerification result) {
        if (result == null || result.problem() == null) {
            return null;
        }
        return AuditVerification.BROKEN_LINK.equals(result.problem()) ? "audit_problem_link" : "audit_problem_content";
    }

    /** The staff-bundle text for what checking a head digest found. */
    private static String headKey(AuditHeadCheck head) {
        if (head == null) {
            return null;
        }
        return switch (head.status()) {
            case CONTAINED -> "audit_head_contained";
            case CHANGED -> "audit_head_changed";
            case MISSING -> "audit_head_missing";
            case DROPPED -> "audit_head_dropped";
            case NOT_SIGNED -> "audit_head_not_signed";
            case UNREADABLE -> "audit_head_unreadable";
        };
    }
}
