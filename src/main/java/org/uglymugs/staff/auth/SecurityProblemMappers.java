package org.uglymugs.staff.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.uglymugs.common.error.Problem;
import org.uglymugs.common.error.Problems;
import org.uglymugs.common.i18n.Languages;
import org.uglymugs.common.web.ErrorPages;
import org.uglymugs.staff.StaffRole;

/**
 * 401 and 403 as problem+json for the API; staff pages instead send the person to the login page,
 * or to 2FA enrolment when that is all their session may do, and show any other 403 as an error page.
 */
public class SecurityProblemMappers {

    static final String PAGES = "staff";

    @Inject
    SecurityIdentity identity;

    @Inject
    ErrorPages pages;

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response failed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        Problem forbidden = Problem.of(403, "forbidden", "Forbidden", "Your role does not allow this.");
        if (isPage(uri)) {
            if (identity != null && identity.hasRole(StaffRole.ENROLMENT)) {
                return Response.seeOther(URI.create("/staff/enrol" + lang(uri))).build();
            }
            if (identity != null && identity.hasRole(StaffRole.PASSWORD_CHANGE)) {
                return Response.seeOther(URI.create("/staff/password" + lang(uri)))
                        .build();
            }
            return pages.render(forbidden, null, uri, headers);
        }
        return Problems.response(forbidden);
    }

    private static Response unauthenticated(UriInfo uri) {
        if (isPage(uri)) {
            return Response.seeOther(URI.create("/staff/login" + lang(uri))).build();
        }
        return Response.fromResponse(Problems.response(
                        Problem.of(401, "unauthorized", "Unauthorized", "Log in first: send a valid bearer token.")))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    /** Keeps the page language across the redirect (only a supported language, never other input). */
    private static String lang(UriInfo uri) {
        String lang = uri.getQueryParameters().getFirst("lang");
        return lang != null && Languages.SUPPORTED.contains(lang) ? "?lang=" + lang : "";
    }

    private static boolean isPage(UriInfo uri) {
        String path = uri.getPath();
        return path.equals("/" + PAGES) || path.startsWith("/" + PAGES + "/");
    }
}
