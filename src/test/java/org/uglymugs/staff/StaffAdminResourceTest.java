package org.uglymugs.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.StaffApi.Account;

@QuarkusTest
class StaffAdminResourceTest {

    static final String STAFF = "/api/v1/admin/staff";
    static final String PASSWORD = "a-long-initial-password";
    static final String AREA = "metropolitan";
    static final String OTHER_AREA = "kent";
    static final String PROBLEM = "application/problem+json";

    @Test
    void listsAccountsAPageAtATime() {
        admin().contentType(ContentType.JSON)
                .body(newStaff(StaffApi.unique("list"), PASSWORD, List.of("MODERATOR"), List.of()))
                .post(STAFF)
                .then()
                .statusCode(201);
        admin().get(STAFF + "?page=0&size=1")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("page", equalTo(0))
                .body("size", equalTo(1))
                .body("total", greaterThanOrEqualTo(3));
        List<String> all = admin().get(STAFF + "?size=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.username");
        for (int page = 0; page < 3; page++) {
            admin().get(STAFF + "?page=" + page + "&size=1")
                    .then()
                    .statusCode(200)
                    .body("items.username", contains(all.get(page)));
        }
        admin().get(STAFF + "?page=1&size=2")
                .then()
                .statusCode(200)
                .body("items.username", contains(all.get(2), all.get(3)));
        admin().get(STAFF)
                .then()
                .statusCode(200)
                .body("size", equalTo(20))
                .body("items.username", hasItem(StaffApi.MODERATOR.username()))
                .body("items[0]", not(hasKey("passwordHash")))
                .body("items[0]", not(hasKey("totpSealed")));

        for (String size : List.of("0", "101", "many")) {
            admin().get(STAFF + "?size=" + size)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("size"));
        }
        admin().get(STAFF + "?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void createsAnAccountThatMustEnrol2fa() {
        String username = StaffApi.unique("new");
        admin().contentType(ContentType.JSON)
                .body(newStaff(username, PASSWORD, List.of("MODERATOR"), List.of()))
                .post(STAFF)
                .then()
                .statusCode(201)
                .body("username", equalTo(username))
                .body("roles", contains("MODERATOR"))
                .body("totpEnrolled", equalTo(false))
                .body("disabled", equalTo(false));
        assertEquals(1, audited("STAFF_CREATED", username));
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .body("enrolmentRequired", equalTo(true));
    }

    @Test
    void refusesBadAccountsAndCreatesNothing() {
        String username = StaffApi.unique("bad");
        refused(newStaff(StaffApi.MODERATOR.username(), PASSWORD, List.of("MODERATOR"), List.of()), "username")
                .body("errors[0].code", equalTo("taken"));
        refused(newStaff(username, "too-short", List.of("MODERATOR"), List.of()), "password");
        refused(newStaff(username, username, List.of("MODERATOR"), List.of()), "password");
        refused(newStaff(username, PASSWORD, List.of("ROOT"), List.of()), "roles");
        refused(newStaff(username, PASSWORD, List.of(), List.of()), "roles");
        refused(newStaff(username, PASSWORD, List.of("POLICE_LIAISON"), List.of("atlantis")), "areas")
                .body("errors[0].code", equalTo("unknown_area"));
        refused(newStaff("Has Spaces", PASSWORD, List.of("MODERATOR"), List.of()), "username");
        assertEquals(
                0,
                Db.count("select count(*) from staff_account where lower(username) in ('" + username
                        + "', 'has spaces')"));
        assertEquals(0, audited("STAFF_CREATED", username));
    }

    @Test
    void disablingEndsSessionsAndEnablingLetsThePersonBackIn() {
        Account account = StaffApi.create(StaffApi.unique("dis"), Set.of("MODERATOR"), Set.of());
        String token = StaffApi.login(account);
        long id = idOf(account.username());
        admin().post(STAFF + "/" + id + "/disable").then().statusCode(200).body("disabled", equalTo(true));
        given().auth().oauth2(token).get("/api/v1/auth/me").then().statusCode(401);
        assertEquals(0, Db.count("select count(*) from staff_session where staff_id = " + id));
        admin().post(STAFF + "/" + id + "/enable").then().statusCode(200).body("disabled", equalTo(false));
        String again = StaffApi.login(account);
        given().auth().oauth2(again).get("/api/v1/auth/me").then().statusCode(200);
        assertEquals(1, audited("STAFF_DISABLED", account.username()));
        assertEquals(1, audited("STAFF_ENABLED", account.username()));
        admin().post(STAFF + "/999999999/disable").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void resetting2faEndsSessionsAndTheAccountEnrolsAgain() {
        Account account = StaffApi.create(StaffApi.unique("reset"), Set.of("MODERATOR"), Set.of());
        String token = StaffApi.login(account);
        long id = idOf(account.username());
        admin().post(STAFF + "/" + id + "/reset-2fa").then().statusCode(200).body("totpEnrolled", equalTo(false));
        given().auth().oauth2(token).get("/api/v1/auth/me").then().statusCode(401);
        String enrolling = given().contentType(ContentType.JSON)
                .body(Map.of("username", account.username(), "password", account.password()))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .body("enrolmentRequired", equalTo(true))
                .extract()
                .path("token");
        String secret = given().auth()
                .oauth2(enrolling)
                .get("/api/v1/auth/enrolment")
                .then()
                .statusCode(200)
                .extract()
                .path("secret");
        assertNotEquals(account.secret(), secret, "a new secret to enrol");
        given().auth().oauth2(enrolling).get(STAFF).then().statusCode(403);
        assertEquals(1, audited("TOTP_RESET", account.username()));
    }

    @Test
    void aLiaisonSeesTheAreasTheAdminSets() {
        Account liaison = StaffApi.create(StaffApi.unique("liaison"), Set.of("POLICE_LIAISON"), Set.of(AREA));
        long id = idOf(liaison.username());
        admin().contentType(ContentType.JSON)
                .body(Map.of("areas", List.of(AREA, OTHER_AREA)))
                .put(STAFF + "/" + id + "/areas")
                .then()
                .statusCode(200)
                .body("areas", containsInAnyOrder(AREA, OTHER_AREA));
        given().auth()
                .oauth2(StaffApi.login(liaison))
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200)
                .body("areas", containsInAnyOrder(AREA, OTHER_AREA));
        assertEquals(1, audited("STAFF_AREAS_CHANGED", liaison.username()));

        admin().contentType(ContentType.JSON)
                .body(Map.of("areas", List.of(AREA, "atlantis")))
                .put(STAFF + "/" + id + "/areas")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("areas"));
        admin().get(STAFF + "/" + id).then().statusCode(200).body("areas", containsInAnyOrder(AREA, OTHER_AREA));
        assertEquals(1, audited("STAFF_AREAS_CHANGED", liaison.username()));
    }

    @Test
    void onlyAdminsReachTheStaffApi() {
        given().get(STAFF).then().statusCode(401).contentType(PROBLEM);
        given().auth()
                .oauth2(StaffApi.token(StaffApi.MODERATOR))
                .get(STAFF)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(StaffApi.token(StaffApi.LIAISON))
                .contentType(ContentType.JSON)
                .body(newStaff(StaffApi.unique("x"), PASSWORD, List.of("ADMIN"), List.of()))
                .post(STAFF)
                .then()
                .statusCode(403);
    }

    static RequestSpecification admin() {
        return given().auth().oauth2(StaffApi.token(StaffApi.ADMIN));
    }

    static ValidatableResponse refused(Map<String, Object> body, String field) {
        return admin().contentType(ContentType.JSON)
                .body(body)
                .post(STAFF)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", startsWith(field));
    }

    static Map<String, Object> newStaff(String username, String password, List<String> roles, List<String> areas) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", password);
        body.put("roles", roles);
        body.put("areas", areas);
        return body;
    }

    static long idOf(String username) {
        return Db.count("select id from staff_account where username = '" + username + "'");
    }

    static long audited(String action, String target) {
        return Db.count("select count(*) from audit_entry where action = '" + action + "' and actor = '"
                + StaffApi.ADMIN.username() + "' and target = '" + target + "'");
    }
}
