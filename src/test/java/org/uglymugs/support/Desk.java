package org.uglymugs.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Moderation-side helpers: reports to work on, an area of their own so queue tests see only theirs. */
public final class Desk {

    private Desk() {}

    public record Filed(String reference, String receipt) {}

    public static Filed file(Map<String, Object> body) {
        var json = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/reports")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        return new Filed(json.getString("reference"), json.getString("receipt"));
    }

    /** A fresh, active area; its id is unique to the caller. */
    public static String newArea(String prefix) {
        String id = StaffApi.unique(prefix).toLowerCase().replaceAll("[^a-z0-9-]", "-");
        given().auth()
                .oauth2(StaffApi.token(StaffApi.ADMIN))
                .contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Test area " + id))
                .post("/api/v1/admin/areas")
                .then()
                .statusCode(201);
        return id;
    }

    public static RequestSpecification moderator() {
        return given().auth().oauth2(StaffApi.token(StaffApi.MODERATOR)).contentType(ContentType.JSON);
    }

    /** An alert draft publishing the report's identifiers with these ids. */
    public static Map<String, Object> draft(String area, List<Long> identifierIds, String summary) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", "Violent client, refuses to pay");
        draft.put("summary", summary);
        draft.put("perpetratorDescription", "White man, 40s, heavy build, London accent.");
        draft.put("identifierIds", identifierIds);
        draft.put("severity", "HIGH");
        draft.put("areas", List.of(area));
        draft.put("categories", List.of("PHYSICAL_ASSAULT"));
        return draft;
    }

    /**
     * Every flag a moderator may override (any field, any kind but the reporter's own contact), for
     * tests that publish text whose flags do not matter to them.
     */
    public static final List<String> OVERRIDE_ALL = List.of("title", "summary", "perpetratorDescription").stream()
            .flatMap(field ->
                    List.of("PHONE", "EMAIL", "URL", "ADDRESS").stream().map(kind -> field + ":" + kind))
            .toList();

    public static Map<String, Object> publish(Map<String, Object> draft, boolean override) {
        return publish(draft, override ? OVERRIDE_ALL : List.of());
    }

    /** A PUBLISH decision overriding exactly these flags ({@code field:KIND}). */
    public static Map<String, Object> publish(Map<String, Object> draft, List<String> override) {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("decision", "PUBLISH");
        decision.put("alert", draft);
        decision.put("override", override);
        return decision;
    }

    /** Publishes an alert from the report in the fixtures' area with this summary (no flag overridden); its id. */
    public static long publishAlert(String reference, String summary) {
        return ((Number) moderator()
                        .body(publish(draft(Fixtures.AREA, List.of(), summary), List.of()))
                        .post("/api/v1/moderation/reports/" + reference + "/decision")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("alert.id"))
                .longValue();
    }
}
