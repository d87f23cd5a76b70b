package org.uglymugs.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A staff page session as a browser holds it: the session cookie, and the CSRF token read from a page. */
public final class StaffPagesSession {

    public static final String COOKIE = "um_staff";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final String cookie;

    private StaffPagesSession(String cookie) {
        this.cookie = cookie;
    }

    /** Logs in through the login form; with a null secret the account has not enrolled 2FA yet. */
    public static StaffPagesSession login(StaffApi.Account account) {
        Response response = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", account.username()).formParam("password", account.password())
                .formParam("totp", account.secret() == null ? "" : TotpCodes.next(account.secret()))
                .formParam("lang", "en")
                .post("/staff/login");
        if (response.statusCode() != 303 || response.getCookie(COOKIE) == null) {
            throw new IllegalStateException("login failed: " + response.statusCode());
        }
        return new StaffPagesSession(response.getCookie(COOKIE));
    }

    public String cookie() {
        return cookie;
    }

    public RequestSpecification request() {
        return given().redirects().follow(false).cookie(COOKIE, cookie);
    }

    /** The CSRF token of this session, as found in the hidden field of a page. */
    public String csrf(String pagePath) {
        String html = request().get(pagePath).then().statusCode(200).extract().asString();
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF field on " + pagePath);
        }
        return m.group(1);
    }
}
