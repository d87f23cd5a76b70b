package org.uglymugs.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.StaffApi.Account;
import org.uglymugs.support.TestClock;
import org.uglymugs.support.TotpCodes;

@QuarkusTest
class AuthResourceTest {

    @Test
    void newAccountMustEnrolBeforeReachingAnythingElse() {
        String username = StaffApi.unique("mod");
        String password = "a-long-initial-password";
        given().auth()
                .oauth2(StaffApi.token(StaffApi.ADMIN))
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "roles", Set.of("MODERATOR")))
                .post("/api/v1/admin/staff")
                .then()
                .statusCode(201)
                .body("totpEnrolled", equalTo(false));

        String enrolling = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .body("enrolmentRequired", equalTo(true))
                .extract()
                .path("token");
        given().auth().oauth2(enrolling).get("/api/v1/moderation/queue").then().statusCode(403);
        given().auth().oauth2(enrolling).get("/api/v1/admin/staff").then().statusCode(403);
        String secret = given().auth()
                .oauth2(enrolling)
                .get("/api/v1/auth/enrolment")
                .then()
                .statusCode(200)
                .body("otpauthUri", startsWith("otpauth://totp/"))
                .extract()
                .path("secret");
        given().auth()
                .oauth2(enrolling)
                .get("/api/v1/auth/enrolment/qr.png")
                .then()
                .statusCode(200)
                .contentType("image/png");
        given().auth()
                .oauth2(enrolling)
                .contentType(ContentType.JSON)
                .body(Map.of("totp", TotpCodes.wrong(secret)))
                .post("/api/v1/auth/enrolment")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(enrolling)
                .contentType(ContentType.JSON)
                .body(Map.of("totp", TotpCodes.next(secret)))
                .post("/api/v1/auth/enrolment")
                .then()
                .statusCode(204);
        given().auth().oauth2(enrolling).get("/api/v1/auth/me").then().statusCode(401);

        // Enrolled, but the admin-chosen password must go before anything else.
        String changing = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "totp", TotpCodes.next(secret)))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .body("enrolmentRequired", equalTo(true))
                .body("passwordChangeRequired", equalTo(true))
                .extract()
                .path("token");
        given().auth().oauth2(changing).get("/api/v1/auth/me").then().body("roles", contains("PASSWORD_CHANGE"));
        given().auth().oauth2(changing).get("/api/v1/moderation/queue").then().statusCode(403);
        given().auth().oauth2(changing).get("/api/v1/auth/enrolment").then().statusCode(403);
        Account own = StaffApi.changeInitialPassword(new Account(username, password, secret));
        given().auth().oauth2(changing).get("/api/v1/auth/me").then().statusCode(401);

        String token = StaffApi.login(own);
        given().auth()
                .oauth2(token)
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("roles", hasItem("MODERATOR"));
        assertEquals(
                1,
                Db.count("select count(*) from audit_entry where action = 'PASSWORD_CHANGED' and actor = '" + username
                        + "'"));
    }

    @Test
    void wrongTotpIsRefusedLikeAWrongPassword() {
        Account account = StaffApi.create(StaffApi.unique("totp"), Set.of("MODERATOR"), Set.of());
        String wrongCode = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        account.username(),
                        "password",
                        account.password(),
                        "totp",
                        TotpCodes.wrong(account.secret())))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .extract()
                .asString();
        String wrongPassword = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        account.username(),
                        "password",
                        "not-the-password",
                        "totp",
                        TotpCodes.next(account.secret())))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(401)
                .extract()
                .asString();
        String unknown = given().contentType(ContentType.JSON)
                .body(Map.of("username", "nobody-at-all", "password", "whatever-password", "totp", "123456"))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(401)
                .extract()
                .asString();
        assertEquals(wrongCode, wrongPassword);
        assertEquals(wrongCode, unknown);
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightCredentials() {
        Account account = StaffApi.create(StaffApi.unique("lock"), Set.of("MODERATOR"), Set.of());
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("username", account.username(), "password", "wrong-password-" + i, "totp", "000000"))
                    .post("/api/v1/auth/token")
                    .then()
                    .statusCode(401);
        }
        StaffApi.requestToken(account).statusCode(401);
        assertEquals(
                1,
                Db.count("select count(*) from staff_account where username = '" + account.username()
                        + "' and locked_until > now() + interval '14 minutes'"));
        assertEquals(
                1,
                Db.count("select count(*) from audit_entry where action = 'LOGIN_LOCKED' and actor = '"
                        + account.username() + "'"));
        given().auth()
                .oauth2(StaffApi.token(StaffApi.ADMIN))
                .get("/api/v1/admin/staff?size=100")
                .then()
                .statusCode(200)
                .body("items.find { it.username == '" + account.username() + "' }.locked", equalTo(true));
    }

    @Test
    void anExpiredTokenIsRefused() {
        Account account = StaffApi.create(StaffApi.unique("exp"), Set.of("MODERATOR"), Set.of());
        String token = StaffApi.login(account);
        given().auth().oauth2(token).get("/api/v1/auth/me").then().statusCode(200);
        TestClock clock = TestClock.current();
        try {
            clock.advance(Duration.ofMinutes(31));
            given().auth()
                    .oauth2(token)
                    .get("/api/v1/auth/me")
                    .then()
                    .statusCode(401)
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .contentType("application/problem+json");
        } finally {
            clock.reset();
        }
        assertEquals(
                0,
                Db.count("select count(*) from staff_session where staff_id = "
                        + "(select id from staff_account where username = '" + account.username() + "')"));
    }

    @Test
    void logoutEndsTheToken() {
        Account account = StaffApi.create(StaffApi.unique("out"), Set.of("ADMIN"), Set.of());
        String token = StaffApi.login(account);
        given().auth().oauth2(token).delete("/api/v1/auth/token").then().statusCode(204);
        given().auth().oauth2(token).get("/api/v1/auth/me").then().statusCode(401);
    }

    @Test
    void disabledAccountsCannotLogIn() {
        Account account = StaffApi.create(StaffApi.unique("dis"), Set.of("MODERATOR"), Set.of());
        String token = StaffApi.login(account);
        long id = Db.count("select id from staff_account where username = '" + account.username() + "'");
        given().auth()
                .oauth2(StaffApi.token(StaffApi.ADMIN))
                .post("/api/v1/admin/staff/" + id + "/disable")
                .then()
                .statusCode(200)
                .body("disabled", equalTo(true));
        given().auth().oauth2(token).get("/api/v1/auth/me").then().statusCode(401);
        StaffApi.requestToken(account).statusCode(401);
    }

    @Test
    void anAdminCannotDisableTheirOwnAccount() {
        Account admin = StaffApi.create(StaffApi.unique("selfadm"), Set.of("ADMIN"), Set.of());
        String token = StaffApi.login(admin);
        long id = Db.count("select id from staff_account where username = '" + admin.username() + "'");
        given().auth()
                .oauth2(token)
                .post("/api/v1/admin/staff/" + id + "/disable")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:uglymugs:problem:staff-conflict"));
        given().auth().oauth2(token).get("/api/v1/auth/me").then().statusCode(200);
    }
}
