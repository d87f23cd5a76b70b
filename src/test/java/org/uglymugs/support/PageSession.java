package org.uglymugs.support;

import io.quarkus.arc.Arc;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uglymugs.common.web.StaffPages;

/**
 * A staff page session for tests: logs in through the real login form (password + TOTP), keeps the
 * session cookie, and reads the CSRF token from a page's hidden input. Sessions are reused while they
 * live, since an account's TOTP step is accepted only once.
 */
public record PageSession(String cookie) {

    public static final String COOKIE = "um_staff";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Map<String, PageSession> SESSIONS = new ConcurrentHashMap<>();

    /** A live page session for the account, logging in only when the cached one has ended. */
    public static PageSession of(StaffApi.Account account) {
        PageSession cached = SESSIONS.get(account.username());
        if (cached != null && cached.alive()) {
            return cached;
        }
        PageSession fresh = login(account);
        SESSIONS.put(account.username(), fresh);
        return fresh;
    }

    /** Logs in through the form; an account without a secret has not enrolled 2FA yet. */
    public static PageSession login(StaffApi.Account account) {
        Response response = RestAssured.given()
                .redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .formParam("username", account.username())
                .formParam("password", account.password())
                .formParam("totp", account.secret() == null ? "" : TotpCodes.next(account.secret()))
                .formParam("lang", "en")
                .post("/staff/login");
        response.then().statusCode(303);
        return new PageSession(response.getCookie(COOKIE));
    }

    /** A request carrying this session's cookie, not following redirects. */
    public RequestSpecification given() {
        return RestAssured.given().redirects().follow(false).cookie(COOKIE, cookie);
    }

    /** A form POST of this session, carrying the given CSRF token (or none when null). */
    public RequestSpecification form(String csrf) {
        RequestSpecification spec = given().contentType(ContentType.URLENC).formParam("lang", "en");
        return csrf == null ? spec : spec.formParam("csrf", csrf);
    }

    /** The CSRF token from the hidden input of the page at {@code path}. */
    public String csrf(String path) {
        return csrfIn(given().get(path).then().statusCode(200).extract().asString());
    }

    /** This session's CSRF token as the server derives it, for sessions whose pages show no form (a moderator's). */
    public String csrfFromServer() {
        return Arc.container().instance(StaffPages.class).get().csrf(cookie);
    }

    public static String csrfIn(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return m.group(1);
    }

    private boolean alive() {
        Response home = given().get("/staff");
        String location = home.getHeader("Location");
        return home.statusCode() == 200
                || (home.statusCode() == 303 && location != null && !location.contains("/staff/login"));
    }
}
