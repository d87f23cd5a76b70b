package org.uglymugs.subscription;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uglymugs.support.Fixtures.identifier;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.uglymugs.support.Checks;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.Subscribers;

/** POST /api/v1/checks: the same normalisation as intake, live published alerts only, areas respected. */
@QuarkusTest
class CheckResourceTest {

    GreenMail mail;

    /** One subscriber for the tests that change nothing about it (each publishes values of its own). */
    private static String area;

    private static String token;

    @BeforeEach
    void activeSubscriber() {
        if (token == null) {
            area = Desk.newArea("check");
            token = Subscribers.active(mail, Subscribers.request(Subscribers.newAddress("check"), area));
        }
    }

    private String ownSubscriber(String subscriberArea) {
        return Subscribers.active(mail, Subscribers.request(Subscribers.newAddress("check-own"), subscriberArea));
    }

    @Test
    void everySpellingOfAPublishedIdentifierGivesTheSameAnswer() {
        String d = Checks.digits();
        String u = StaffApi.unique("x").toLowerCase().replaceAll("[^a-z0-9]", "");
        String plate = "Q" + d.substring(0, 4) + "ZZ";
        List<Map<String, Object>> published = new ArrayList<>(List.of(
                identifier("PHONE", "07400 " + d),
                identifier("EMAIL", "Bad." + u + "@Example.COM"),
                identifier("VEHICLE_REG", plate),
                new LinkedHashMap<>(Map.of("type", "USERNAME", "value", "@Bad" + u, "platform", "AdultWork")),
                identifier("NAME", "Johnny " + u),
                identifier("URL", "https://www.example-" + u + ".com/profile/")));
        long alert = Checks.publish(Checks.file(published).reference(), List.of(area));

        String[][] table = {
            {"PHONE", "07400 " + d, null},
            {"PHONE", "+44 7400 " + d, null},
            {"PHONE", "0044 7400 " + d, null},
            {"PHONE", "07400-" + d.substring(0, 3) + "-" + d.substring(3), null},
            {"EMAIL", "bad." + u + "@example.com", null},
            {"EMAIL", "  BAD." + u.toUpperCase() + "@EXAMPLE.COM ", null},
            {"VEHICLE_REG", plate.toLowerCase(), null},
            {"VEHICLE_REG", plate.substring(0, 3) + " " + plate.substring(3), null},
            {"VEHICLE_REG", plate.substring(0, 3) + "-" + plate.substring(3).toLowerCase(), null},
            {"USERNAME", "bad" + u, "adultwork"},
            {"USERNAME", "@BAD" + u.toUpperCase(), "  AdultWork "},
            {"NAME", "johnny " + u, null},
            {"NAME", "  JOHNNY   " + u.toUpperCase() + " ", null},
            {"URL", "http://example-" + u + ".com/profile", null},
            {"URL", "example-" + u + ".com/profile?utm_source=ad", null},
            {"URL", "https://EXAMPLE-" + u + ".COM/profile/#top", null},
        };
        List<Executable> answers = new ArrayList<>();
        for (String[] row : table) {
            answers.add(() -> Checks.check(token, row[0], row[1], row[2])
                    .statusCode(200)
                    .body("matches", equalTo(1))
                    .body("alerts", contains((int) alert))
                    .body("highestSeverity", equalTo("HIGH"))
                    .body("latestAlertAt", notNullValue()));
        }
        assertAll(answers);

        // A different value of each type, or the same username on another platform, matches nothing.
        Checks.check(token, "PHONE", "07400 " + other(d)).statusCode(200).body("matches", equalTo(0));
        Checks.check(token, "USERNAME", "bad" + u, "OnlyFans").statusCode(200).body("matches", equalTo(0));
        Checks.check(token, "EMAIL", u + "@example.com")
                .statusCode(200)
                .body("matches", equalTo(0))
                .body("alerts", empty())
                .body("latestAlertAt", nullValue())
                .body("highestSeverity", nullValue());
    }

    @Test
    void alertsOutsideMyAreasAreCountedButNotListed() {
        String elsewhere = Desk.newArea("elsewhere");
        String phone = "07400 " + Checks.digits();
        long mine =
                Checks.publish(Checks.file(List.of(identifier("PHONE", phone))).reference(), List.of(area));
        long theirs =
                Checks.publish(Checks.file(List.of(identifier("PHONE", phone))).reference(), List.of(elsewhere));

        Checks.check(token, "PHONE", phone)
                .statusCode(200)
                .body("matches", equalTo(2))
                .body("alerts", contains((int) mine));
        Subscribers.withToken(token)
                .get(Subscribers.ALERTS_PATH + "/" + theirs)
                .then()
                .statusCode(404);
    }

    @Test
    void anInvalidValueIsA400NamingTheFieldWithoutEchoingIt() {
        String bad = "12" + Checks.digits() + "999999999999";
        String body = Checks.check(token, "PHONE", bad)
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("errors.field", hasItem("value"))
                .body("errors.code", hasItem("invalid_phone"))
                .extract()
                .asString();
        assertEquals(-1, body.indexOf(bad), "the answer does not echo the value");
        Checks.check(token, "EMAIL", "not an address").statusCode(400).body("errors.field", hasItem("value"));
        Checks.check(token, null, "07911 123456").statusCode(400).body("errors.field", hasItem("type"));
        Checks.check(token, "PHONE", " ").statusCode(400).body("errors.field", hasItem("value"));
        Checks.check(token, "USERNAME", "badguy").statusCode(400).body("errors.field", hasItem("platform"));
        Checks.check(token, "PHONE", "x".repeat(301)).statusCode(400).body("errors.field", hasItem("value"));
    }

    @Test
    void aWrongMissingOrDeletedTokenIsTheSame404() {
        String own = ownSubscriber(area);
        Checks.check("not-a-token", "PHONE", "07911 123456").statusCode(404);
        Checks.check(null, "PHONE", "07911 123456").statusCode(404);
        Checks.check(own, "PHONE", "07911 123456").statusCode(200);
        Subscribers.withToken(own).delete(Subscribers.ME_PATH).then().statusCode(204);
        Checks.check(own, "PHONE", "07911 123456")
                .statusCode(404)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("type", equalTo(Fixtures.PROBLEM_TYPE_PREFIX + "subscription-not-found"));
    }

    @Test
    void changingMyAreasChangesWhatIsListedAtOnce() {
        String elsewhere = Desk.newArea("moved");
        String phone = "07400 " + Checks.digits();
        long alert =
                Checks.publish(Checks.file(List.of(identifier("PHONE", phone))).reference(), List.of(elsewhere));
        String own = ownSubscriber(area);
        Checks.check(own, "PHONE", phone).statusCode(200).body("alerts", empty());

        Map<String, Object> moved = Subscribers.request("ignored@worker.test", elsewhere);
        moved.remove("email");
        Subscribers.withToken(own).body(moved).put(Subscribers.ME_PATH).then().statusCode(200);

        Checks.check(own, "PHONE", phone).statusCode(200).body("alerts", contains((int) alert));
    }

    private static String other(String digits) {
        return String.format("%06d", (Integer.parseInt(digits) + 1) % 1_000_000);
    }
}
