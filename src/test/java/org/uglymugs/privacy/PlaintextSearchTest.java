package org.uglymugs.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Fixtures;

/**
 * Nothing a reporter wrote, nor what staff wrote about the report, is stored or logged in plaintext
 * (test review item 8): the test makes all of its own data, with values no other test uses, through
 * the reporter's paths and the staff paths (open, note, message, publish, update, retract), then
 * reads every row of every table and the application log for each value, raw, normalised and as hex.
 */
@QuarkusTest
class PlaintextSearchTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Path APPLICATION_LOG = Path.of("target", "quarkus-test.log");

    @Test
    void neitherTheReportersNorTheStaffsTextIsStoredOrLoggedInPlaintext() throws IOException {
        String u = letters(10);
        // Staff text gets its own token: the reporter's name holds u, and the PII check rightly refuses
        // an alert naming the reporter.
        String t = letters(10);
        String phone = "07911 " + digits(6);
        String phoneE164 = "+447911" + phone.substring(6);
        String contactPhone = "07912 " + digits(6);
        String contactPhoneE164 = "+447912" + contactPhone.substring(6);
        String plate = "KX" + digits(2) + " " + letters(3).toUpperCase();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("account", "He pushed me down the stairs near " + u + " station.");
        typed.put("location", "Hotel " + u);
        typed.put("marks", "Tattoo reading " + u);
        typed.put("phone", phone);
        typed.put("phone, normalised", phoneE164);
        typed.put("email", "Perp." + u + "@Example.COM");
        typed.put("email, normalised", "perp." + u + "@example.com");
        typed.put("plate", plate);
        typed.put("plate, normalised", plate.replace(" ", ""));
        typed.put("username", "@Bad" + u);
        typed.put("username, normalised", "bad" + u);
        typed.put("contact name", "Name " + u);
        typed.put("contact email", "me." + u + "@example.org");
        typed.put("contact phone", contactPhone);
        typed.put("contact phone, normalised", contactPhoneE164);
        typed.put("incident", "He waited outside " + u + " again.");
        typed.put("incident evidence", "Screenshots " + u);
        typed.put("reporter's message", "I remembered " + u + ": a blue estate car.");
        typed.put("moderator's note", "Internal: same man as " + t);
        typed.put("moderator's message", "Which hotel near " + t + "?");
        typed.put("alert summary", "Violent client " + t + ", refuses to pay.");
        typed.put("alert update", "He also took a phone " + t + ".");

        Map<String, Object> body = Fixtures.report();
        body.put("account", typed.get("account"));
        body.put("locationText", typed.get("location"));
        body.put("description", new LinkedHashMap<>(Map.of("gender", "man", "marks", typed.get("marks"))));
        List<Map<String, Object>> identifiers = new ArrayList<>();
        identifiers.add(Fixtures.identifier("PHONE", phone));
        identifiers.add(Fixtures.identifier("EMAIL", typed.get("email")));
        identifiers.add(Fixtures.identifier("VEHICLE_REG", plate));
        identifiers.add(new LinkedHashMap<>(
                Map.of("type", "USERNAME", "value", typed.get("username"), "platform", "AdultWork")));
        body.put("identifiers", identifiers);
        body.put("consents", Fixtures.consents(true, true, true, false, false));
        body.put(
                "contact",
                Map.of("name", typed.get("contact name"), "email", typed.get("contact email"), "phone", contactPhone));

        Desk.Filed filed = Desk.file(body);
        typed.put("receipt", filed.receipt());
        typed.put("receipt, as typed", filed.receipt().toLowerCase().replace("-", " "));
        Map<String, Object> incident = Fixtures.incident();
        incident.put("whatHappened", typed.get("incident"));
        incident.put("evidence", typed.get("incident evidence"));
        reporter(filed).body(incident).post(Fixtures.MY_INCIDENTS_PATH).then().statusCode(201);
        reporter(filed)
                .body(Fixtures.message(typed.get("reporter's message")))
                .post(Fixtures.MY_MESSAGES_PATH)
                .then()
                .statusCode(201);

        String report = "/api/v1/moderation/reports/" + filed.reference();
        List<Map<String, Object>> ids =
                Desk.moderator().get(report).then().statusCode(200).extract().path("report.identifiers");
        long phoneId = ids.stream()
                .filter(i -> "PHONE".equals(i.get("type")))
                .map(i -> ((Number) i.get("id")).longValue())
                .findFirst()
                .orElseThrow();
        Desk.moderator().post(report + "/claim").then().statusCode(200);
        Desk.moderator()
                .body(Map.of("body", typed.get("moderator's note")))
                .post(report + "/notes")
                .then()
                .statusCode(201);
        Desk.moderator()
                .body(Map.of("body", typed.get("moderator's message")))
                .post(report + "/messages")
                .then()
                .statusCode(204);
        reporter(filed).get(Fixtures.MY_REPORT_PATH).then().statusCode(200);
        int alertId = Desk.moderator()
                .body(Desk.publish(Desk.draft(Fixtures.AREA, List.of(phoneId), typed.get("alert summary")), false))
                .post(report + "/decision")
                .then()
                .statusCode(200)
                .extract()
                .path("alert.id");
        Desk.moderator()
                .body(Map.of(
                        "alert",
                        Desk.draft(
                                Fixtures.AREA,
                                List.of(phoneId),
                                typed.get("alert summary") + " " + typed.get("alert update"))))
                .post("/api/v1/moderation/alerts/" + alertId + "/update")
                .then()
                .statusCode(200);
        Desk.moderator()
                .body(Map.of("reason", "Duplicate of an older alert"))
                .post("/api/v1/moderation/alerts/" + alertId + "/retract")
                .then()
                .statusCode(200);
        Desk.moderator().get(report).then().statusCode(200);

        List<String> rows = Db.allRowsAsText();
        assertTrue(rows.stream().anyMatch(row -> row.contains(filed.reference())), "the report is in the database");
        String log = Files.readString(APPLICATION_LOG, StandardCharsets.UTF_8);
        for (var value : typed.entrySet()) {
            String plaintext = value.getValue();
            // bytea prints as hex: a value stored unencrypted in a bytea column would show as its hex form.
            String hex = HexFormat.of().formatHex(plaintext.getBytes(StandardCharsets.UTF_8));
            assertFalse(
                    rows.stream().anyMatch(row -> row.contains(plaintext)),
                    "plaintext in the database: " + value.getKey());
            assertFalse(
                    rows.stream().anyMatch(row -> row.contains(hex)),
                    "unencrypted bytes in the database: " + value.getKey());
            assertFalse(log.contains(plaintext), "plaintext in the application log: " + value.getKey());
        }
        assertFalse(rows.stream().anyMatch(row -> row.contains(u)), "no table holds any part of what was typed");
        assertFalse(log.contains(u), "no log line holds any part of what was typed");
        assertFalse(rows.stream().anyMatch(row -> row.contains(t)), "no table holds any part of what staff wrote");
        assertFalse(log.contains(t), "no log line holds any part of what staff wrote");
    }

    private static RequestSpecification reporter(Desk.Filed filed) {
        return given().contentType(ContentType.JSON).header(Fixtures.RECEIPT_HEADER, filed.receipt());
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    private static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return s.toString();
    }
}
