package org.uglymugs.subscription;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.PageSession;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.Subscribers;

/** With vetting on, a confirmed subscriber waits for a moderator, who approves or rejects (audited). */
@QuarkusTest
@TestProfile(VettingProfile.class)
class VettingTest {

    private static final String SUBSCRIBERS = "/api/v1/moderation/subscribers";
    private static final String PAGE = "/staff/subscribers";

    GreenMail mail;

    @Test
    void aConfirmedSubscriberWaitsAndTheModeratorSeesOnlyAddressAndNote() {
        String area = Desk.newArea("vet");
        String email = Subscribers.newAddress("vetted");
        Subscribers.subscribe(Subscribers.request(email, area));
        String manage = given().contentType(ContentType.JSON)
                .body(Map.of("token", Subscribers.confirmationToken(mail, email, 1)))
                .post(Subscribers.CONFIRM_PATH)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING_APPROVAL"))
                .extract()
                .path("manageToken");
        // Waiting subscribers read no alerts yet.
        Subscribers.withToken(manage).get(Subscribers.ALERTS_PATH).then().statusCode(404);

        JsonPath pending = Desk.moderator()
                .queryParam("status", "PENDING_APPROVAL")
                .queryParam("size", "100")
                .get(SUBSCRIBERS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = pending.getList("items");
        Map<String, Object> mine = items.stream()
                .filter(i -> email.equals(i.get("email")))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("confirmedOn", "email", "id", "note"),
                mine.keySet().stream().sorted().toList());
        assertEquals("I work independently in this area.", mine.get("note"));
        long id = ((Number) mine.get("id")).longValue();

        Desk.moderator().post(SUBSCRIBERS + "/" + id + "/approve").then().statusCode(200);
        Subscribers.withToken(manage).get(Subscribers.ME_PATH).then().body("status", equalTo("ACTIVE"));
        Subscribers.withToken(manage).get(Subscribers.ALERTS_PATH).then().statusCode(200);
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_entry where action = 'SUBSCRIBER_APPROVED' and target = ?",
                        "subscriber:" + id));
        // Approved is no longer pending.
        Desk.moderator().post(SUBSCRIBERS + "/" + id + "/approve").then().statusCode(404);
    }

    @Test
    void aRejectedSubscriberIsDeletedAndTheReasonAudited() {
        String area = Desk.newArea("vet");
        String email = Subscribers.newAddress("rejected");
        String manage = Subscribers.active(mail, Subscribers.request(email, area));
        long id = Subscribers.idOf(manage);

        Desk.moderator()
                .body(Map.of("reason", ""))
                .post(SUBSCRIBERS + "/" + id + "/reject")
                .then()
                .statusCode(400);
        Desk.moderator()
                .body(Map.of("reason", "Not a worker"))
                .post(SUBSCRIBERS + "/" + id + "/reject")
                .then()
                .statusCode(204);
        assertEquals(0, Db.count("select count(*) from subscriber where id = ?", id));
        Subscribers.withToken(manage).get(Subscribers.ME_PATH).then().statusCode(404);
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_entry where action = 'SUBSCRIBER_REJECTED' and target = ? "
                                + "and details like '%Not a worker%'",
                        "subscriber:" + id));
    }

    @Test
    void onlyModeratorsVetAndOnlyPendingOnesAreListed() {
        given().get(SUBSCRIBERS).then().statusCode(401);
        given().auth()
                .oauth2(StaffApi.token(StaffApi.ADMIN))
                .get(SUBSCRIBERS)
                .then()
                .statusCode(403);
        Desk.moderator().queryParam("status", "ACTIVE").get(SUBSCRIBERS).then().statusCode(400);
    }

    @Test
    void moderatorsVetOnThePageWithoutJavaScript() {
        String area = Desk.newArea("vetpage");
        String approved = Subscribers.newAddress("page-approved");
        String rejected = Subscribers.newAddress("page-rejected");
        for (String email : List.of(approved, rejected)) {
            Subscribers.subscribe(Subscribers.request(email, area));
            Subscribers.confirm(Subscribers.confirmationToken(mail, email, 1));
        }
        long approve = subscriberId(approved);
        long reject = subscriberId(rejected);
        PageSession moderator = PageSession.of(StaffApi.MODERATOR);
        String csrf = moderator.csrf(PAGE);
        moderator
                .given()
                .get(PAGE + "?lang=en")
                .then()
                .statusCode(200)
                .body(containsString(approved))
                .body(containsString("I work independently in this area."))
                .body(containsString("action=\"/staff/subscribers/" + approve + "/approve\""));

        moderator
                .form(csrf)
                .post(PAGE + "/" + approve + "/approve")
                .then()
                .statusCode(303)
                .header("Location", containsString("done=subscriber-approved"));
        assertEquals(1, Db.count("select count(*) from subscriber where id = ? and status = 'ACTIVE'", approve));

        moderator
                .form(csrf)
                .formParam("reason", " ")
                .post(PAGE + "/" + reject + "/reject")
                .then()
                .statusCode(400)
                .body(containsString("id=\"reason-" + reject + "-error\""))
                .body(containsString("class=\"error-summary\""));
        assertEquals(1, Db.count("select count(*) from subscriber where id = ?", reject), "nothing changed");
        moderator
                .form(csrf)
                .formParam("reason", "Not a worker")
                .post(PAGE + "/" + reject + "/reject")
                .then()
                .statusCode(303)
                .header("Location", containsString("done=subscriber-rejected"));
        assertEquals(0, Db.count("select count(*) from subscriber where id = ?", reject));
        moderator
                .given()
                .get(PAGE + "?lang=nl")
                .then()
                .statusCode(200)
                .body(not(containsString(approved)))
                .body(not(containsString(rejected)));
        // Without the CSRF token nothing happens; an admin is not a moderator.
        moderator.form("forged").post(PAGE + "/" + approve + "/approve").then().statusCode(403);
        PageSession.of(StaffApi.ADMIN).given().get(PAGE).then().statusCode(403);
    }

    private static long subscriberId(String email) {
        return Desk.moderator()
                .queryParam("size", "100")
                .get(SUBSCRIBERS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items.find { it.email == '" + email + "' }.id");
    }
}
