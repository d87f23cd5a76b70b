package org.uglymugs.staff.page;

import static org.uglymugs.common.web.form.Pages.localised;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
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
import java.net.URI;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.error.TooManyRequests;
import org.uglymugs.common.i18n.Languages;
import org.uglymugs.common.security.CurrentStaff;
import org.uglymugs.common.security.StaffPrincipal;
import org.uglymugs.common.web.ClientAddress;
import org.uglymugs.common.web.RateLimiter;
import org.uglymugs.common.web.StaffPages;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.staff.InvalidCredentials;
import org.uglymugs.staff.LoginResult;
import org.uglymugs.staff.StaffAuthService;
import org.uglymugs.staff.StaffRole;
import org.uglymugs.staff.StaffSession;

/** Staff log in with password and TOTP, enrol 2FA on first login, and log out. */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
public class StaffLoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String lang, String error, String notice);

        static native TemplateInstance enrol(
                String lang, String csrf, String username, String secret, String uri, String error);

        static native TemplateInstance home(String lang, String csrf, StaffPrincipal me);
    }

    private final StaffAuthService auth;
    private final StaffPages pages;
    private final CurrentStaff current;
    private final RateLimiter limiter;
    private final SessionCookies cookies;

    public StaffLoginPage(
            StaffAuthService auth,
            StaffPages pages,
            CurrentStaff current,
            RateLimiter limiter,
            SessionCookies cookies) {
        this.auth = auth;
        this.pages = pages;
        this.cookies = cookies;
        this.current = current;
        this.limiter = limiter;
    }

    @GET
    @Path("/login")
    public TemplateInstance loginForm(
            @QueryParam("lang") String lang, @QueryParam("done") String done, @Context HttpHeaders headers) {
        String language = Languages.resolve(lang, headers);
        String notice = "enrolled".equals(done)
                ? "staff_notice_enrolled"
                : "out".equals(done) ? "staff_notice_logged_out" : null;
        return localised(Templates.login(language, null, notice), language);
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(
            MultivaluedMap<String, String> body, @Context HttpHeaders headers, @Context HttpServerRequest request) {
        FormValues form = new FormValues(body);
        String lang = Languages.resolve(form.v("lang"), headers);
        try {
            limiter.consume(RateLimiter.Kind.LOGINS, ClientAddress.of(request));
            LoginResult result =
                    auth.login(form.v("username"), form.v("password"), form.v("totp"), StaffSession.Kind.PAGE);
            String next = result.enrolmentRequired() ? "/staff/enrol" : "/staff";
            return Response.seeOther(URI.create(next + "?lang=" + lang))
                    .cookie(cookies.session(result.token()))
                    .build();
        } catch (InvalidCredentials | TooManyRequests e) {
            String error = e instanceof TooManyRequests ? "staff_rate_limited" : "staff_login_failed";
            return Response.status(e instanceof TooManyRequests ? 429 : 401)
                    .entity(localised(Templates.login(lang, error, null), lang))
                    .type(MediaType.TEXT_HTML)
                    .build();
        }
    }

    @GET
    @Path("/enrol")
    @RolesAllowed(StaffRole.ENROLMENT)
    public TemplateInstance enrolForm(
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        String language = Languages.resolve(lang, headers);
        return enrolPage(language, cookie, null);
    }

    @GET
    @Path("/enrol/qr.png")
    @Produces("image/png")
    @RolesAllowed(StaffRole.ENROLMENT)
    public byte[] enrolQr() {
        return auth.enrolmentQr(current.get());
    }

    @POST
    @Path("/enrol")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(StaffRole.ENROLMENT)
    public Response enrol(
            MultivaluedMap<String, String> body,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        FormValues form = new FormValues(body);
        String lang = Languages.resolve(form.v("lang"), headers);
        pages.requireCsrf(cookie, form.v("csrf"));
        try {
            auth.enrol(current.get(), form.v("totp"));
        } catch (ProblemException e) {
            return Response.status(400)
                    .entity(enrolPage(lang, cookie, "staff_enrol_wrong_code"))
                    .type(MediaType.TEXT_HTML)
                    .build();
        }
        return Response.seeOther(URI.create("/staff/login?done=enrolled&lang=" + lang))
                .cookie(cookies.expired())
                .build();
    }

    @GET
    @Authenticated
    public Response home(
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers,
            @CookieParam(StaffPages.COOKIE) String cookie) {
        StaffPrincipal me = current.get();
        String language = Languages.resolve(lang, headers);
        if (me.roles().contains(StaffRole.ENROLMENT)) {
            return Response.seeOther(URI.create("/staff/enrol?lang=" + language))
                    .build();
        }
        if (me.roles().contains(StaffRole.MODERATOR.name())) {
            return Response.seeOther(URI.create("/staff/queue?lang=" + language))
                    .build();
        }
        return Response.ok(localised(Templates.home(language, pages.csrf(cookie), me), language))
                .type(MediaType.TEXT_HTML)
                .build();
    }

    @POST
    @Path("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response logout(MultivaluedMap<String, String> body, @CookieParam(StaffPages.COOKIE) String cookie) {
        FormValues form = new FormValues(body);
        pages.requireCsrf(cookie, form.v("csrf"));
        auth.logout(current.get());
        return Response.seeOther(URI.create("/staff/login?done=out&lang=" + Languages.resolve(form.v("lang"), null)))
                .cookie(cookies.expired())
                .build();
    }

    private TemplateInstance enrolPage(String lang, String cookie, String error) {
        StaffAuthService.Enrolment e = auth.enrolment(current.get());
        return localised(
                Templates.enrol(lang, pages.csrf(cookie), e.username(), e.secret(), e.otpauthUri(), error), lang);
    }
}
