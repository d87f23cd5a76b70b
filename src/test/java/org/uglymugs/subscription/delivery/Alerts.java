package org.uglymugs.subscription.delivery;

import java.util.List;
import java.util.Map;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Fixtures;

/** Publishing, updating and retracting alerts through the moderation API, for delivery tests. */
final class Alerts {

    static final String SUMMARY = "He pays with fake notes and turns violent when asked.";

    private Alerts() {}

    static Map<String, Object> draft(List<String> areas, String severity, List<String> categories, String title) {
        Map<String, Object> draft = Desk.draft(areas.get(0), List.of(), SUMMARY);
        draft.put("areas", areas);
        draft.put("severity", severity);
        draft.put("categories", categories);
        draft.put("title", title);
        return draft;
    }

    static long publish(Map<String, Object> draft) {
        String reference = Desk.file(Fixtures.report()).reference();
        return ((Number) Desk.moderator()
                        .body(Desk.publish(draft, true))
                        .post("/api/v1/moderation/reports/" + reference + "/decision")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("alert.id"))
                .longValue();
    }

    static long publish(String area, String title) {
        return publish(draft(List.of(area), "HIGH", List.of("PHYSICAL_ASSAULT"), title));
    }

    static void update(long id, Map<String, Object> draft) {
        Desk.moderator()
                .body(Map.of("alert", draft, "override", Desk.OVERRIDE_ALL))
                .post("/api/v1/moderation/alerts/" + id + "/update")
                .then()
                .statusCode(200);
    }

    static void retract(long id) {
        Desk.moderator()
                .body(Map.of("reason", "Turned out to be a mistake"))
                .post("/api/v1/moderation/alerts/" + id + "/retract")
                .then()
                .statusCode(200);
    }
}
