package org.uglymugs.subscription;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uglymugs.support.Subscribers.CONFIRM_PATH;
import static org.uglymugs.support.Subscribers.ME_PATH;
import static org.uglymugs.support.Subscribers.SUBSCRIPTIONS_PATH;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.MailServer;
import org.uglymugs.support.Mailbox;
import org.uglymugs.support.Subscribers;
import org.uglymugs.support.TestClock;

/** Subscribing with double opt-in, managing with the manage token, and what never leaks. */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class SubscriptionResourceTest {

    private static final Path LOG = Path.of("target/quarkus-test.log");

    GreenMail mail;

    @Inject
    TestClock clock;

    @Inject
    SubscriptionCleanup cleanup;

    private String area;

    @BeforeEach
    void freshArea() {
        area = Desk.newArea("subs");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void subscribingMailsALinkThatConfirmsAndGivesTheManageToken() {
        String email = Subscribers.newAddress("confirm");
        Subscribers.subscribe(Subscribers.request(email, area));
        MimeMessage confirmation = Mailbox.await(mail, email, 1).get(0);
        assertEquals("Confirm your subscription", Mailbox.subject(confirmation));
        String token = Mailbox.linkParam(confirmation, "token");

        String manage = given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post(CONFIRM_PATH)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .extract()
                .path("manageToken");

        Subscribers.withToken(manage)
                .get(ME_PATH)
                .then()
                .statusCode(200)
                .body("email", equalTo(email))
                .body("areas", hasItem(area))
                .body("cadence", equalTo("IMMEDIATE"))
                .body("note", equalTo("I work independently in this area."));
        // A confirmation link works once.
        given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post(CONFIRM_PATH)
                .then()
                .statusCode(404);
    }

    @Test
    void aKnownAddressGetsTheSameAnswerAndItsSubscriptionIsUnchanged() {
        String email = Subscribers.newAddress("known");
        String manage = Subscribers.active(mail, Subscribers.request(email, area));
        String first = given().contentType(ContentType.JSON)
                .body(Subscribers.request(Subscribers.newAddress("new"), area))
                .post(SUBSCRIPTIONS_PATH)
                .then()
                .statusCode(202)
                .extract()
                .asString();
        Map<String, Object> again = Subscribers.request(email, area);
        again.put("cadence", "DAILY");
        String second = given().contentType(ContentType.JSON)
                .body(again)
                .post(SUBSCRIPTIONS_PATH)
                .then()
                .statusCode(202)
                .extract()
                .asString();
        assertEquals(first, second, "the same body whether or not the address is known");
        Subscribers.withToken(manage).get(ME_PATH).then().statusCode(200).body("cadence", equalTo("IMMEDIATE"));

        // The mail lets the owner get a new manage link; the old one stops working.
        String token = Subscribers.confirmationToken(mail, email, 2);
        String renewed = Subscribers.confirm(token);
        Subscribers.withToken(manage).get(ME_PATH).then().statusCode(404);
        Subscribers.withToken(renewed).get(ME_PATH).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void changesAndDeletesWithTheManageToken() {
        String email = Subscribers.newAddress("change");
        String manage = Subscribers.active(mail, Subscribers.request(email, area));
        Map<String, Object> change = Subscribers.request(email, area);
        change.remove("email");
        change.put("categories", List.of("STALKING"));
        change.put("minSeverity", "HIGH");
        change.put("language", "nl");
        change.put("discreet", true);
        Subscribers.withToken(manage)
                .body(change)
                .put(ME_PATH)
                .then()
                .statusCode(200)
                .body("categories", equalTo(List.of("STALKING")))
                .body("minSeverity", equalTo("HIGH"))
                .body("language", equalTo("nl"))
                .body("discreet", equalTo(true));

        long id = Subscribers.idOf(manage);
        Subscribers.withToken(manage).delete(ME_PATH).then().statusCode(204);
        assertEquals(0, Db.count("select count(*) from subscriber where id = ?", id), "deleted, not flagged");
        Subscribers.withToken(manage).get(ME_PATH).then().statusCode(404);
    }

    @Test
    void aWrongOrMissingTokenIsOneAndTheSame404() {
        String missing = Subscribers.withToken(null)
                .get(ME_PATH)
                .then()
                .statusCode(404)
                .contentType(Fixtures.PROBLEM_JSON)
                .extract()
                .asString();
        for (String wrong : List.of("x", "A".repeat(43), "not a token at all")) {
            assertEquals(
                    missing,
                    Subscribers.withToken(wrong)
                            .get(ME_PATH)
                            .then()
                            .statusCode(404)
                            .extract()
                            .asString());
            Subscribers.withToken(wrong).delete(ME_PATH).then().statusCode(404);
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("token", "A".repeat(43)))
                .post(CONFIRM_PATH)
                .then()
                .statusCode(404);
    }

    @Test
    void badInputIsA400NamingTheFieldAndNothingIsStored() {
        long before = Db.count("select count(*) from subscriber");
        Map<String, Object> badEmail = Subscribers.request("not-an-address", area);
        given().contentType(ContentType.JSON)
                .body(badEmail)
                .post(SUBSCRIPTIONS_PATH)
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("errors.field", hasItem("email"));
        Map<String, Object> unknownArea = Subscribers.request(Subscribers.newAddress("area"), "no-such-area");
        given().contentType(ContentType.JSON)
                .body(unknownArea)
                .post(SUBSCRIPTIONS_PATH)
                .then()
                .statusCode(400)
                .body("errors.code", hasItem("unknown_area"));
        Map<String, Object> noAreas = Subscribers.request(Subscribers.newAddress("none"), area);
        noAreas.put("areas", List.of());
        noAreas.put("minSeverity", "SEVERE");
        given().contentType(ContentType.JSON)
                .body(noAreas)
                .post(SUBSCRIPTIONS_PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("minSeverity"));
        Map<String, Object> longNote = Subscribers.request(Subscribers.newAddress("note"), area);
        longNote.put("note", "x".repeat(1001));
        given().contentType(ContentType.JSON)
                .body(longNote)
                .post(SUBSCRIPTIONS_PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("note"));
        assertEquals(before, Db.count("select count(*) from subscriber"));
    }

    @Test
    void anExpiredTokenIsThe404AndTheUnconfirmedSubscriptionIsDeleted() {
        String email = Subscribers.newAddress("expire");
        Subscribers.subscribe(Subscribers.request(email, area));
        String token = Subscribers.confirmationToken(mail, email, 1);
        long unconfirmed = Db.count("select count(*) from subscriber where status = 'UNCONFIRMED'");
        assertTrue(unconfirmed >= 1);

        clock.advance(Duration.ofHours(48).plusMinutes(2));
        given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post(CONFIRM_PATH)
                .then()
                .statusCode(404);
        cleanup.run();
        assertEquals(
                0,
                Db.count("select count(*) from subscriber where status = 'UNCONFIRMED' "
                        + "and confirm_expires_at <= now() + interval '49 hours'"));
    }

    @Test
    void oneClickUnsubscribeNeedsNoSessionAndDeletesAtOnce() {
        String email = Subscribers.newAddress("oneclick");
        String manage = Subscribers.active(mail, Subscribers.request(email, area));
        long id = Subscribers.idOf(manage);
        String token = Db.strings("select 1").isEmpty() ? null : unsubscribeTokenOf(id);
        given().contentType("application/x-www-form-urlencoded")
                .formParam("List-Unsubscribe", "One-Click")
                .queryParam("token", token)
                .post(Subscribers.UNSUBSCRIBE_PATH)
                .then()
                .statusCode(204);
        Subscribers.withToken(manage).get(ME_PATH).then().statusCode(404);
        // The same answer again: nothing tells whether the token named anyone.
        given().contentType("application/x-www-form-urlencoded")
                .formParam("List-Unsubscribe", "One-Click")
                .queryParam("token", token)
                .post(Subscribers.UNSUBSCRIBE_PATH)
                .then()
                .statusCode(204);
    }

    @Test
    void theDatabaseAndTheLogHoldNoAddressOrToken() throws IOException {
        String email = Subscribers.newAddress("secret");
        Subscribers.subscribe(Subscribers.request(email, area));
        String token = Subscribers.confirmationToken(mail, email, 1);
        String manage = Subscribers.confirm(token);
        Subscribers.withToken(manage).get(ME_PATH).then().statusCode(200);

        String local = email.substring(0, email.indexOf('@'));
        for (String row : Db.allRowsAsText()) {
            assertFalse(row.contains(local), "a row holds the subscriber's address");
            assertFalse(row.contains(token) || row.contains(manage), "a row holds a token");
        }
        String log = Files.readString(LOG);
        assertFalse(log.contains(local), "the log names the subscriber");
        assertFalse(log.contains(token) || log.contains(manage), "the log holds a token");
    }

    @Test
    void subscriberTimesAreToTheMinute() {
        Subscribers.active(mail, Subscribers.request(Subscribers.newAddress("minute"), area));
        assertEquals(
                0,
                Db.count("select count(*) from subscriber where created_at <> date_trunc('minute', created_at) "
                        + "or confirmed_at <> date_trunc('minute', confirmed_at)"));
    }

    /** The unsubscribe token a mail carries, as the app derives it. */
    private static String unsubscribeTokenOf(long id) {
        SubscriptionTokens tokens = io.quarkus.arc.Arc.container()
                .instance(SubscriptionTokens.class)
                .get();
        long generation = Db.count("select token_generation from subscriber where id = ?", id);
        return tokens.unsubscribeToken(id, generation);
    }
}
