package org.uglymugs.common.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.uglymugs.common.error.Problem;
import org.uglymugs.common.i18n.Languages;

/**
 * Errors on the HTML routes ({@code /report}, {@code /my-report}, {@code /staff/**}) as an error page
 * in the page's language: a title and explanation for the status, and for an unexpected failure only
 * its incident id. Never problem+json, and never an exception's message or a problem's detail.
 */
@ApplicationScoped
public class ErrorPages {

    /** The page routes (and everything under them): the reporter's, the subscriber's, the staff's, the safety pages. */
    private static final String[] PAGES = {
        "/report",
        "/my-report",
        "/staff",
        "/help",
        "/staying-safe",
        "/subscribe",
        "/subscription",
        "/unsubscribe",
        "/alerts",
        "/read",
        "/check"
    };

    @CheckedTemplate(basePath = "ErrorPage")
    static class Templates {
        static native TemplateInstance reporter(String lang, int status, String incident);

        static native TemplateInstance staff(StaffPage page, int status, String incident);
    }

    private final Instance<StaffPageContext> staffPage;

    public ErrorPages(Instance<StaffPageContext> staffPage) {
        this.staffPage = staffPage;
    }

    /** True for the paths whose answers are HTML pages. */
    public static boolean isPage(UriInfo uri) {
        String path = uri.getPath();
        if (path.isEmpty() || path.equals("/")) {
            return true;
        }
        for (String page : PAGES) {
            if (path.equals(page) || path.startsWith(page + "/")) {
                return true;
            }
        }
        return false;
    }

    public static boolean isStaffPage(UriInfo uri) {
        String path = uri.getPath();
        return path.equals("/staff") || path.startsWith("/staff/");
    }

    /** The staff page context knows a form's language once the page has read it. */
    private String staffLanguage(UriInfo uri, HttpHeaders headers) {
        try {
            return staffPage.get().lang();
        } catch (ContextNotActiveException e) {
            return Languages.resolve(uri.getQueryParameters().getFirst("lang"), headers);
        }
    }

    /** The error page for a problem; {@code incident} (or null) names an unexpected failure in the log. */
    public Response render(Problem problem, String incident, UriInfo uri, HttpHeaders headers) {
        String lang;
        TemplateInstance page;
        if (isStaffPage(uri)) {
            lang = staffLanguage(uri, headers);
            page = Templates.staff(new StaffPage(lang, "", null, null), problem.status(), incident);
        } else {
            lang = Languages.resolve(uri.getQueryParameters().getFirst("lang"), headers);
            page = Templates.reporter(lang, problem.status(), incident);
        }
        return Response.status(problem.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.setLocale(Locale.forLanguageTag(lang)).render())
                .build();
    }
}
