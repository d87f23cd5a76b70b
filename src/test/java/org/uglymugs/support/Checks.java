package org.uglymugs.support;

import io.restassured.response.ValidatableResponse;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The identifier check through the real API, and reports naming identifiers no other test uses. */
public final class Checks {

    public static final String CHECKS_PATH = "/api/v1/checks";
    public static final String SUMMARY = "He turned violent when asked to pay.";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Checks() {}

    /** Six random digits: with {@code 07400 } in front, a valid UK mobile number no other test names. */
    public static String digits() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    public static ValidatableResponse check(String token, String type, String value) {
        return check(token, type, value, null);
    }

    public static ValidatableResponse check(String token, String type, String value, String platform) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("value", value);
        if (platform != null) {
            body.put("platform", platform);
        }
        return Subscribers.withToken(token).body(body).post(CHECKS_PATH).then();
    }

    /** Files a report naming only these identifiers (the alertOthers consent given). */
    public static Desk.Filed file(List<Map<String, Object>> identifiers) {
        return Desk.file(Fixtures.reportNaming(identifiers));
    }

    /** The ids of all the report's identifiers, as the moderator sees them. */
    public static List<Long> identifierIds(String reference) {
        List<Map<String, Object>> ids = Desk.moderator()
                .get("/api/v1/moderation/reports/" + reference)
                .then()
                .statusCode(200)
                .extract()
                .path("report.identifiers");
        return ids.stream().map(i -> ((Number) i.get("id")).longValue()).toList();
    }

    /** Publishes every identifier of the report in an alert for these areas; the alert's id. */
    public static long publish(String reference, List<String> areas) {
        return publish(reference, areas, "Violent client, refuses to pay");
    }

    public static long publish(String reference, List<String> areas, String title) {
        Map<String, Object> draft = Desk.draft(areas.get(0), identifierIds(reference), SUMMARY);
        draft.put("areas", areas);
        draft.put("title", title);
        return ((Number) Desk.moderator()
                        .body(Desk.publish(draft, true))
                        .post("/api/v1/moderation/reports/" + reference + "/decision")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("alert.id"))
                .longValue();
    }

    public static void decide(String reference, Map<String, Object> decision) {
        Desk.moderator()
                .body(decision)
                .post("/api/v1/moderation/reports/" + reference + "/decision")
                .then()
                .statusCode(200);
    }

    public static void retract(long alertId) {
        Desk.moderator()
                .body(Map.of("reason", "Published by mistake"))
                .post("/api/v1/moderation/alerts/" + alertId + "/retract")
                .then()
                .statusCode(200);
    }
}
