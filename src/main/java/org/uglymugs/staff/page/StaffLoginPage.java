package org.uglymugs.staff.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.error.TooManyRequests;
import org.uglymugs.common.security.StaffPrincipal;
import org.uglymugs.common.web.StaffPage;
import org.uglymugs.common.web.StaffPageContext;
import org.uglymugs.common.web.form.ErrorSummary;
import org.uglymugs.common.web.form.FormValues;
import org.uglymugs.staff.InvalidCredentials;
import org.uglymugs.staff.LoginResult;
import org.uglymugs.staff.StaffAuthService;
import org.uglymugs.staff.StaffEnrolment;
import org.uglymugs.staff.StaffRole;
import org.uglymugs.staff.StaffSession;

/**
 * Staff log in with password and TOTP, enrol 2FA on first login, change their password (forced after
 * the first login and every reset), and log out.
 */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
public class StaffLoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(StaffPage page, ErrorSummary summary, String username);

        static native TemplateInstance enrol(
                StaffPage page, String username, String secret, String uri, ErrorSummary summary);

        static native TemplateInstance home(StaffPage page, List<StaffRole> roles);

        static native TemplateInstance password(StaffPage page, boolean forced, ErrorSummary summary);
    }

    private final StaffAuthService auth;
    private final StaffEnrolment enrolments;
    private final StaffPageContext page;
    private final SessionCookies cookies;

    public StaffLoginPage(
            StaffAuthService auth, StaffEnrolment enrolments, StaffPageContext page, SessionCookies cookies) {
        this.auth = auth;
        this.enrolments = enrolments;
        this.page = page;
        this.cookies = cookies;
    }

    @GET
    @Path("/login")
    public Response loginForm() {
        return page.html(Templates.login(page.anonymousPage(), ErrorSummary.none(), ""));
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(MultivaluedMap<String, String> body) {
        FormValues form = page.anonymousForm(body);
        try {
            LoginResult result =
                    auth.login(form.v("username"), form.v("password"), form.v("totp"), StaffSession.Kind.PAGE);
            String next = result.passwordChangeRequired()
                    ? "/staff/password"
                    : result.enrolmentRequired() ? "/staff/enrol" : "/staff";
            return Response.seeOther(URI.create(page.href(next, null)))
                    .cookie(cookies.session(result.token()))
                    .build();
        } catch (InvalidCredentials | TooManyRequests e) {
            boolean limited = e instanceof TooManyRequests;
            return page.html(
                    limited ? 429 : 401,
                    Templates.login(
                            page.anonymousPage(),
                            ErrorSummary.one("username", limited ? "rate_limited" : "login_failed"),
                            form.v("username")));
        }
    }

    @GET
    @Path("/enrol")
    @RolesAllowed(StaffRole.ENROLMENT)
    public Response enrolForm() {
        return enrolPage(200, ErrorSummary.none());
    }

    @GET
    @Path("/enrol/qr.png")
    @Produces("image/png")
    @RolesAllowed(StaffRole.ENROLMENT)
    public byte[] enrolQr() {
        return enrolments.enrolmentQr(page.me());
    }

    @POST
    @Path("/enrol")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(StaffRole.ENROLMENT)
    public Response enrol(MultivaluedMap<String, String> body) {
        FormValues form = page.form(body);
        try {
            enrolments.enrol(page.me(), form.v("totp"));
        } catch (ProblemException e) {
            return enrolPage(400, ErrorSummary.one("totp", "enrol_wrong_code"));
        }
        return Response.seeOther(URI.create(page.href("/staff/login", "enrolled")))
                .cookie(cookies.expired())
                .build();
    }

    @GET
    @Authenticated
    public Response home() {
        StaffPrincipal me = page.me();
        if (me.roles().contains(StaffRole.ENROLMENT)) {
            return Response.seeOther(URI.create(page.href("/staff/enrol", null)))
                    .build();
        }
        if (me.roles().contains(StaffRole.PASSWORD_CHANGE)) {
            return Response.seeOther(URI.create(page.href("/staff/password", null)))
                    .build();
        }
        if (me.roles().contains(StaffRole.MODERATOR.name())) {
            return Response.seeOther(URI.create(page.href("/staff/queue", null)))
                    .build();
        }
        if (me.roles().contains(StaffRole.POLICE_LIAISON.name())) {
            return Response.seeOther(URI.create(page.href("/staff/liaison", null)))
                    .build();
        }
        List<StaffRole> roles = Arrays.stream(StaffRole.values())
                .filter(r -> me.roles().contains(r.name()))
                .toList();
        return page.html(Templates.home(page.page(), roles));
    }

    @GET
    @Path("/password")
    @Authenticated
    public Response passwordForm() {
        if (page.me().roles().contains(StaffRole.ENROLMENT)) {
            return Response.seeOther(URI.create(page.href("/staff/enrol", null)))
                    .build();
        }
        return passwordPage(200, ErrorSummary.none());
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response changePassword(MultivaluedMap<String, String> body) {
        FormValues form = page.form(body);
        if (page.me().roles().contains(StaffRole.ENROLMENT)) {
            return Response.seeOther(URI.create(page.href("/staff/enrol", null)))
                    .build();
        }
        try {
            auth.changePassword(page.me(), form.v("currentPassword"), form.v("newPassword"), form.v("totp"));
        } catch (ProblemException e) {
            String field =
                    e.errors().isEmpty() ? "currentPassword" : e.errors().get(0).field();
            String key = switch (field) {
                case "totp" -> "enrol_wrong_code";
                case "newPassword" -> "password_unusable";
                default -> "password_wrong_current";
            };
            return passwordPage(400, ErrorSummary.one(field, key));
        }
        return Response.seeOther(URI.create(page.href("/staff/login", "password")))
                .cookie(cookies.expired())
                .build();
    }

    @POST
    @Path("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response logout(MultivaluedMap<String, String> body) {
        page.form(body);
        auth.logout(page.me());
        return Response.seeOther(URI.create(page.href("/staff/login", "out")))
                .cookie(cookies.expired())
                .build();
    }

    private Response passwordPage(int status, ErrorSummary summary) {
        boolean forced = page.me().roles().contains(StaffRole.PASSWORD_CHANGE);
        return page.html(status, Templates.password(page.page(), forced, summary));
    }

    private Response enrolPage(int status, ErrorSummary summary) {
        StaffEnrolment.Enrolment e = enrolments.enrolment(page.me());
        return page.html(status, Templates.enrol(page.page(), e.username(), e.secret(), e.otpauthUri(), summary));
    }
}
