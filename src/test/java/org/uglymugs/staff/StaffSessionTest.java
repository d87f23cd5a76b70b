package org.uglymugs.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.PageSession;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.StaffApi.Account;
import org.uglymugs.support.TestClock;
import org.uglymugs.support.TotpCodes;

/**
 * Sessions and failed logins: a TOTP code works once; every failed login answers alike, headers
 * included; token and page-session lifetimes follow the application's clock; the page cookie is a
 * session cookie; pages are isolated from other origins.
 */
@QuarkusTest
class StaffSessionTest {

    private static final String TOKEN = "/api/v1/auth/token";

    @Test
    void aTotpCodeIsNeverAcceptedTwice() {
        Account account = StaffApi.create(StaffApi.unique("replay"), Set.of("MODERATOR"), Set.of());
        String code = TotpCodes.next(account.secret());
        Map<String, String> body = Map.of("username", account.username(), "password", account.password(), "totp", code);
        given().contentType(ContentType.JSON).body(body).post(TOKEN).then().statusCode(200);
        given().contentType(ContentType.JSON).body(body).post(TOKEN).then().statusCode(401);
    }

    @Test
    void everyFailedLoginAnswersAlikeBodyAndHeaders() {
        Account wrong = StaffApi.create(StaffApi.unique("alike"), Set.of("MODERATOR"), Set.of());
        Account locked = StaffApi.create(StaffApi.unique("alikelock"), Set.of("MODERATOR"), Set.of());
        Account disabled = StaffApi.create(StaffApi.unique("alikedis"), Set.of("MODERATOR"), Set.of());
        StaffAdminResourceTest.admin()
                .post(StaffAdminResourceTest.STAFF + "/" + StaffAdminResourceTest.idOf(disabled.username())
                        + "/disable")
                .then()
                .statusCode(200);
        for (int i = 0; i < 5; i++) {
            login(locked.username(), "wrong-password-" + i, "000000");
        }

        List<Response> answers = List.of(
                login(wrong.username(), "not-the-password", TotpCodes.next(wrong.secret())),
                login(wrong.username(), wrong.password(), TotpCodes.wrong(wrong.secret())),
                login("nobody-at-all", "whatever-password", "123456"),
                login(locked.username(), locked.password(), TotpCodes.next(locked.secret())),
                login(disabled.username(), disabled.password(), TotpCodes.next(disabled.secret())));
        Response first = answers.get(0);
        assertEquals(401, first.statusCode());
        for (Response other : answers) {
            assertEquals(first.statusCode(), other.statusCode());
            assertEquals(first.asString(), other.asString());
            assertEquals(headersButDate(first), headersButDate(other));
        }
    }

    @Test
    void anApiTokenLivesThirtyMinutesByTheApplicationsClock() {
        Account account = StaffApi.create(StaffApi.unique("ttl"), Set.of("MODERATOR"), Set.of());
        TestClock clock = TestClock.current();
        String code = TotpCodes.next(account.secret()); // may move the clock on to the next step
        OffsetDateTime before = OffsetDateTime.now(clock);
        Response login = login(account.username(), account.password(), code);
        String token = login.path("token");
        OffsetDateTime expires = OffsetDateTime.parse(login.path("expiresAt"));
        Duration lifetime = Duration.between(before, expires);
        assertTrue(
                !lifetime.minus(Duration.ofMinutes(30)).isNegative()
                        && lifetime.minus(Duration.ofMinutes(30)).compareTo(Duration.ofSeconds(5)) < 0,
                "30 minutes: " + lifetime);
        try {
            clock.advance(Duration.ofMinutes(29));
            given().auth().oauth2(token).get("/api/v1/auth/me").then().statusCode(200);
            clock.advance(Duration.ofMinutes(1).plusSeconds(5));
            given().auth().oauth2(token).get("/api/v1/auth/me").then().statusCode(401);
        } finally {
            clock.reset();
        }
    }

    @Test
    void aPageSessionEndsTwelveHoursAfterLoginHoweverBusy() {
        Account account = StaffApi.create(StaffApi.unique("pagettl"), Set.of("MODERATOR"), Set.of());
        PageSession session = PageSession.login(account);
        TestClock clock = TestClock.current();
        try {
            // A request every 25 minutes keeps it from going idle (30 minutes) …
            for (int i = 0; i < 28; i++) {
                clock.advance(Duration.ofMinutes(25));
                session.given().get("/staff/password").then().statusCode(200);
            }
            // … 11 h 40 min so far; past 12 h it ends whatever.
            clock.advance(Duration.ofMinutes(25));
            session.given()
                    .get("/staff/password")
                    .then()
                    .statusCode(303)
                    .header("Location", containsString("/staff/login"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void thePageCookieIsASessionCookieAndPagesStayInTheirOrigin() {
        Account account = StaffApi.create(StaffApi.unique("cookie"), Set.of("MODERATOR"), Set.of());
        Response login = given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .formParam("username", account.username())
                .formParam("password", account.password())
                .formParam("totp", TotpCodes.next(account.secret()))
                .formParam("lang", "en")
                .post("/staff/login");
        assertEquals(303, login.statusCode());
        String cookie = login.header("Set-Cookie");
        String lower = cookie.toLowerCase(Locale.ROOT);
        assertTrue(cookie.startsWith(PageSession.COOKIE + "="), cookie);
        assertFalse(lower.contains("max-age"), "no Max-Age: the browser forgets it when it closes: " + cookie);
        assertFalse(lower.contains("expires"), "no Expires either: " + cookie);
        assertTrue(lower.contains("httponly") && lower.contains("samesite=strict"), cookie);
        for (String path : List.of("/staff/login", "/report", "/api/v1/areas")) {
            Response page = given().get(path);
            assertEquals("same-origin", page.header("Cross-Origin-Opener-Policy"), path);
            assertEquals("same-origin", page.header("Cross-Origin-Resource-Policy"), path);
        }
    }

    private static Response login(String username, String password, String code) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "totp", code))
                .post(TOKEN);
    }

    private static Set<String> headersButDate(Response response) {
        List<String> all = new ArrayList<>();
        for (Header h : response.headers()) {
            if (!h.getName().equalsIgnoreCase("Date")) {
                all.add(h.getName().toLowerCase(Locale.ROOT) + ": " + h.getValue());
            }
        }
        return new TreeSet<>(all);
    }
}
