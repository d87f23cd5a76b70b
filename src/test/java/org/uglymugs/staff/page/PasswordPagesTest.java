package org.uglymugs.staff.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.PageSession;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.StaffApi.Account;
import org.uglymugs.support.TotpCodes;

/** The forced password change after enrolment, and the staff member's own change, on the pages. */
@QuarkusTest
class PasswordPagesTest {

    static final String INITIAL = "an-initial-page-password";

    @Test
    void afterEnrolmentThePagesAskForANewPasswordBeforeAnythingElse() {
        String username = StaffApi.unique("pwpage");
        given().auth()
                .oauth2(StaffApi.token(StaffApi.ADMIN))
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", INITIAL, "roles", List.of("MODERATOR")))
                .post("/api/v1/admin/staff")
                .then()
                .statusCode(201);
        String enrolling = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", INITIAL))
                .post("/api/v1/auth/token")
                .then()
                .extract()
                .path("token");
        String secret = given().auth()
                .oauth2(enrolling)
                .get("/api/v1/auth/enrolment")
                .then()
                .extract()
                .path("secret");
        given().auth()
                .oauth2(enrolling)
                .contentType(ContentType.JSON)
                .body(Map.of("totp", TotpCodes.next(secret)))
                .post("/api/v1/auth/enrolment")
                .then()
                .statusCode(204);

        PageSession changing = PageSession.login(new Account(username, INITIAL, secret));
        changing.given()
                .get("/staff/queue")
                .then()
                .statusCode(303)
                .header("Location", containsString("/staff/password"));
        changing.given().get("/staff").then().statusCode(303).header("Location", containsString("/staff/password"));
        changing.given()
                .get("/staff/password?lang=nl")
                .then()
                .statusCode(200)
                .body(containsString("Kies eerst je eigen wachtwoord"));
        String csrf = changing.csrf("/staff/password");
        changing.form(csrf)
                .formParam("currentPassword", "not-the-password")
                .formParam("newPassword", "my-own-page-password")
                .formParam("totp", TotpCodes.next(secret))
                .post("/staff/password")
                .then()
                .statusCode(400)
                .body(containsString("The current password is wrong."));
        changing.form(csrf)
                .formParam("currentPassword", INITIAL)
                .formParam("newPassword", "my-own-page-password")
                .formParam("totp", TotpCodes.next(secret))
                .post("/staff/password")
                .then()
                .statusCode(303)
                .header("Location", containsString("done=password"));
        changing.given().get("/staff/queue").then().statusCode(303).header("Location", containsString("/staff/login"));

        PageSession.login(new Account(username, "my-own-page-password", secret))
                .given()
                .get("/staff/queue")
                .then()
                .statusCode(200);
    }

    @Test
    void aSignedInMemberChangesTheirPasswordFromTheNavigation() {
        Account account = StaffApi.create(StaffApi.unique("pwnav"), Set.of("MODERATOR"), Set.of());
        PageSession session = PageSession.login(account);
        session.given().get("/staff/queue").then().statusCode(200).body(containsString("href=\"/staff/password?lang="));
        String csrf = session.csrf("/staff/password");
        session.form(csrf)
                .formParam("currentPassword", account.password())
                .formParam("newPassword", "short")
                .formParam("totp", TotpCodes.next(account.secret()))
                .post("/staff/password")
                .then()
                .statusCode(400);
        session.form(csrf)
                .formParam("currentPassword", account.password())
                .formParam("newPassword", "a-new-password-of-mine")
                .formParam("totp", TotpCodes.next(account.secret()))
                .post("/staff/password")
                .then()
                .statusCode(303);
        PageSession.login(new Account(account.username(), "a-new-password-of-mine", account.secret()));
    }
}
