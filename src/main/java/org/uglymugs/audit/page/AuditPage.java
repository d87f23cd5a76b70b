package org.uglymugs.audit.page;

import static org.uglymugs.common.web.form.Pages.localised;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.uglymugs.audit.AuditAction;
import org.uglymugs.audit.AuditEntryView;
import org.uglymugs.audit.AuditFilter;
import org.uglymugs.audit.AuditLog;
import org.uglymugs.audit.AuditVerification;
import org.uglymugs.common.security.StaffPrincipal;
import org.uglymugs.common.web.AdminPages;
import org.uglymugs.common.web.AdminPages.Call;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.common.web.Pager;
import org.uglymugs.common.web.StaffPages;
import org.uglymugs.common.web.form.FormErrors;
import org.uglymugs.common.web.form.FormValues;

/** Admins read and verify the audit log; as in the API, both acts are themselves audited. */
@Path(AuditQuery.PATH)
@RolesAllowed("ADMIN")
@Produces(MediaType.TEXT_HTML)
public class AuditPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(
                String lang,
                String csrf,
                StaffPrincipal me,
                AuditQuery query,
                List<AuditAction> actions,
                Page<AuditEntryView> entries,
                Pager pager,
                AuditVerification verification,
                String problem,
                FormErrors errors);
    }

    private final AuditLog audit;
    private final AdminPages pages;

    public AuditPage(AuditLog audit, AdminPages pages) {
        this.audit = audit;
        this.pages = pages;
    }

    @GET
    @Transactional
    public Response search(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("target") String target,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        AuditQuery query = AuditQuery.of(actor, action, target, from, to);
        return render(pages.get(lang, headers, cookie), query, page, size, null);
    }

    @POST
    @Path("/verify")
    @Transactional
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verify(
            MultivaluedMap<String, String> body,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        Call call = pages.post(new FormValues(body), headers, cookie);
        AuditVerification result = audit.verify(call.me().username());
        return render(call, AuditQuery.none(), null, null, result);
    }

    /** The filtered log (400 with errors next to filters that do not parse, and no entries). */
    private Response render(Call call, AuditQuery query, String page, String size, AuditVerification result) {
        FormErrors errors = FormErrors.none();
        AuditFilter filter = query.filter(errors);
        PageRequest paging = AdminPages.paging(page, size, errors);
        Page<AuditEntryView> entries = null;
        Pager pager = null;
        if (!errors.any()) {
            entries = audit.search(call.me().username(), filter, paging);
            pager = Pager.of(entries, n -> query.href(call.lang(), n, paging.size()));
        }
        TemplateInstance html = Templates.log(
                call.lang(),
                call.csrf(),
                call.me(),
                query,
                List.of(AuditAction.values()),
                entries,
                pager,
                result,
                problemKey(result),
                errors);
        return Response.status(errors.any() ? 400 : 200)
                .entity(localised(html, call.lang()))
                .type(MediaType.TEXT_HTML)
                .build();
    }

    /** The admin-bundle text for why an entry broke the chain. */
    private static String problemKey(AuditVerification result) {
        if (result == null || result.problem() == null) {
            return null;
        }
        return AuditVerification.BROKEN_LINK.equals(result.problem())
                ? "admin_audit_problem_link"
                : "admin_audit_problem_content";
    }
}
