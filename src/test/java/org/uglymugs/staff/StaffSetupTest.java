package org.uglymugs.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.StaffApi.Account;
import org.uglymugs.support.TestClock;
import org.uglymugs.support.TotpCodes;

/**
 * Staff 2FA is independent of whoever chose the initial password: a fresh secret per enrolment
 * login, shown to that session only and live only once confirmed; the first login and every reset
 * force a password change; initial passwords and resets expire; staff change their own password.
 */
@QuarkusTest
class StaffSetupTest {

    static final String STAFF = StaffAdminResourceTest.STAFF;
    static final String INITIAL = "an-initial-password-from-the-admin";

    @Test
    void eachEnrolmentLoginDrawsItsOwnSecretAndOnlyTheConfirmedOneIsLive() {
        String username = created(StaffApi.unique("twice"));
        assertEquals(
                0,
                Db.count("select count(*) from staff_account where totp_sealed is not null and username = '" + username
                        + "'"),
                "no live secret before its owner confirms one");

        String first = enrolmentToken(username, INITIAL);
        String firstSecret = secretOf(first);
        String second = enrolmentToken(username, INITIAL);
        String secondSecret = secretOf(second);
        assertNotEquals(firstSecret, secondSecret, "every enrolment login draws a fresh secret");

        // The earlier session's secret was dropped: it is shown no more and cannot be confirmed.
        given().auth().oauth2(first).get("/api/v1/auth/enrolment").then().statusCode(409);
        confirm(first, TotpCodes.next(firstSecret)).statusCode(409);
        assertEquals(
                0,
                Db.count("select count(*) from staff_account where totp_enrolled and username = '" + username + "'"));

        // Admins are told: an audit entry and the account list.
        assertEquals(
                1,
                Db.count("select count(*) from audit_entry where action = 'ENROLMENT_REPEATED' and target = '"
                        + username + "'"));
        StaffAdminResourceTest.admin()
                .get(STAFF + "?size=100")
                .then()
                .body("items.find { it.username == '" + username + "' }.repeatedEnrolment", equalTo(true))
                .body("items.find { it.username == '" + username + "' }.passwordChangeRequired", equalTo(true));

        confirm(second, TotpCodes.next(secondSecret)).statusCode(204);
        // Only the confirmed secret is live: a code of the dropped one does not log in.
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", INITIAL, "totp", TotpCodes.next(firstSecret)))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(401);
        Account own = StaffApi.changeInitialPassword(new Account(username, INITIAL, secondSecret));
        given().auth().oauth2(StaffApi.login(own)).get("/api/v1/auth/me").then().body("roles", hasItem("MODERATOR"));
    }

    @Test
    void aPasswordResetByAnAdminMustBeChangedAndKeeps2fa() {
        Account account =
                StaffApi.create(StaffApi.unique("pwreset"), java.util.Set.of("MODERATOR"), java.util.Set.of());
        String token = StaffApi.login(account);
        long id = StaffAdminResourceTest.idOf(account.username());
        StaffAdminResourceTest.admin()
                .contentType(ContentType.JSON)
                .body(Map.of("password", INITIAL))
                .post(STAFF + "/" + id + "/reset-password")
                .then()
                .statusCode(200)
                .body("passwordChangeRequired", equalTo(true))
                .body("totpEnrolled", equalTo(true));
        given().auth().oauth2(token).get("/api/v1/auth/me").then().statusCode(401);
        assertEquals(1, StaffAdminResourceTest.audited("PASSWORD_RESET", account.username()));

        // The admin's password alone is not enough: the owner's own 2FA code is still asked for.
        given().contentType(ContentType.JSON)
                .body(Map.of("username", account.username(), "password", INITIAL))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(401);
        String restricted = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "username", account.username(), "password", INITIAL, "totp", TotpCodes.next(account.secret())))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .body("passwordChangeRequired", equalTo(true))
                .extract()
                .path("token");
        given().auth().oauth2(restricted).get("/api/v1/auth/me").then().body("roles", contains("PASSWORD_CHANGE"));
        given().auth().oauth2(restricted).get("/api/v1/moderation/queue").then().statusCode(403);
        StaffApi.changeInitialPassword(new Account(account.username(), INITIAL, account.secret()));
    }

    @Test
    void a2faResetMakesTheOwnerEnrolAFreshSecretAndChangeThePassword() {
        Account account =
                StaffApi.create(StaffApi.unique("totpreset"), java.util.Set.of("MODERATOR"), java.util.Set.of());
        long id = StaffAdminResourceTest.idOf(account.username());
        StaffAdminResourceTest.admin()
                .post(STAFF + "/" + id + "/reset-2fa")
                .then()
                .statusCode(200);
        assertEquals(0, Db.count("select count(*) from staff_account where totp_sealed is not null and id = " + id));
        String enrolling = enrolmentToken(account.username(), account.password());
        String secret = secretOf(enrolling);
        confirm(enrolling, TotpCodes.next(secret)).statusCode(204);
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "username", account.username(), "password", account.password(), "totp", TotpCodes.next(secret)))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .body("passwordChangeRequired", equalTo(true));
    }

    @Test
    void staffChangeTheirOwnPasswordWithTheCurrentOneAndACode() {
        Account account = StaffApi.create(StaffApi.unique("selfpw"), java.util.Set.of("MODERATOR"), java.util.Set.of());
        String token = StaffApi.login(account);
        String replacement = "my-own-new-password-" + account.username();
        change(token, "not-the-current-password", replacement, TotpCodes.next(account.secret()))
                .statusCode(400)
                .body("errors.field", hasItem("currentPassword"));
        change(token, account.password(), replacement, TotpCodes.wrong(account.secret()))
                .statusCode(400)
                .body("errors.field", hasItem("totp"));
        change(token, account.password(), "short", TotpCodes.next(account.secret()))
                .statusCode(400)
                .body("errors.field", hasItem("newPassword"));
        change(token, account.password(), replacement, TotpCodes.next(account.secret()))
                .statusCode(204);
        given().auth().oauth2(token).get("/api/v1/auth/me").then().statusCode(401);
        StaffApi.requestToken(account).statusCode(401);
        StaffApi.login(new Account(account.username(), replacement, account.secret()));
    }

    @Test
    void anInitialPasswordExpiresAfterTheSetUpWindow() {
        String early = created(StaffApi.unique("window"));
        String late = created(StaffApi.unique("expired"));
        TestClock clock = TestClock.current();
        try {
            clock.advance(Duration.ofHours(71).plusMinutes(59));
            enrolmentToken(early, INITIAL);
            clock.advance(Duration.ofMinutes(2));
            String expired = given().contentType(ContentType.JSON)
                    .body(Map.of("username", late, "password", INITIAL))
                    .post("/api/v1/auth/token")
                    .then()
                    .statusCode(401)
                    .extract()
                    .asString();
            String unknown = given().contentType(ContentType.JSON)
                    .body(Map.of("username", "nobody-" + late, "password", INITIAL))
                    .post("/api/v1/auth/token")
                    .then()
                    .statusCode(401)
                    .extract()
                    .asString();
            assertEquals(unknown, expired, "an expired set-up answers like any failed login");
        } finally {
            clock.reset();
        }
        assertEquals(
                1,
                Db.count("select count(*) from audit_entry where action = 'LOGIN_FAILED' and actor = '" + late
                        + "' and details like '%setup-expired%'"));
    }

    /** An account made by the admin API, its set-up not started. */
    static String created(String username) {
        StaffAdminResourceTest.admin()
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", INITIAL, "roles", List.of("MODERATOR")))
                .post(STAFF)
                .then()
                .statusCode(201)
                .body("passwordChangeRequired", equalTo(true));
        return username;
    }

    static String enrolmentToken(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .body("enrolmentRequired", equalTo(true))
                .body("passwordChangeRequired", equalTo(false))
                .extract()
                .path("token");
    }

    static String secretOf(String enrolmentToken) {
        return given().auth()
                .oauth2(enrolmentToken)
                .get("/api/v1/auth/enrolment")
                .then()
                .statusCode(200)
                .extract()
                .path("secret");
    }

    static io.restassured.response.ValidatableResponse confirm(String enrolmentToken, String code) {
        return given().auth()
                .oauth2(enrolmentToken)
                .contentType(ContentType.JSON)
                .body(Map.of("totp", code))
                .post("/api/v1/auth/enrolment")
                .then();
    }

    static io.restassured.response.ValidatableResponse change(
            String token, String current, String replacement, String code) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", current, "newPassword", replacement, "totp", code))
                .post("/api/v1/auth/password")
                .then();
    }
}
