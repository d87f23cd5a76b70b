package org.uglymugs.moderation.page;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.PageSession;
import org.uglymugs.support.StaffApi;

/** The draft pages refuse the reporter's own phone in every drafted field, on publish and on update, ticked or not. */
@QuarkusTest
class ReporterContactPagesTest {

    private static final String SAFE = "Refused to pay, then became violent.";

    static Stream<String> fields() {
        return Stream.of("title", "summary", "perpetratorDescription", "identifierIds");
    }

    private static PageSession moderator() {
        return PageSession.of(StaffApi.MODERATOR);
    }

    private static Desk.Filed filed() {
        Map<String, Object> body = Fixtures.report();
        body.put("consents", Fixtures.consents(true, false, false, true, false));
        body.put("contact", Map.of("phone", Fixtures.PHONE));
        return Desk.file(body);
    }

    /** The draft form with the reporter's phone in one field, every flag there is ticked to publish anyway. */
    private static RequestSpecification form(String csrf, String field, String reference) {
        RequestSpecification form = moderator()
                .form(csrf)
                .formParam("title", "title".equals(field) ? "Call " + Fixtures.PHONE : "Violent client")
                .formParam("summary", "summary".equals(field) ? "He rang her on " + Fixtures.PHONE : SAFE)
                .formParam(
                        "perpetratorDescription",
                        "perpetratorDescription".equals(field) ? "Rang from " + Fixtures.PHONE : "")
                .formParam("severity", "HIGH")
                .formParam("areas", Fixtures.AREA)
                .formParam("categories", "PHYSICAL_ASSAULT")
                .formParam("action", "publish");
        if ("identifierIds".equals(field)) {
            form.formParam("identifierIds", phoneIdentifierId(reference));
        }
        Desk.OVERRIDE_ALL.forEach(o -> form.formParam("override", o));
        form.formParam("override", field + ":REPORTER_CONTACT");
        return form;
    }

    @ParameterizedTest
    @MethodSource("fields")
    void publishingThePhoneInAnyFieldIsRefused(String field) {
        Desk.Filed filed = filed();
        String csrf = moderator().csrf("/staff/reports/" + filed.reference() + "/alert");
        form(csrf, field, filed.reference())
                .post("/staff/reports/" + filed.reference() + "/alert")
                .then()
                .statusCode(422)
                .body(containsString("id=\"pii-never\""));
        assertEquals(
                0,
                Db.count(
                        "select count(*) from alert a join report r on r.id = a.report_id where r.reference = ?",
                        filed.reference()));
    }

    @ParameterizedTest
    @MethodSource("fields")
    void updatingWithThePhoneInAnyFieldIsRefused(String field) {
        Desk.Filed filed = filed();
        int alert = Desk.moderator()
                .body(Desk.publish(Desk.draft(Fixtures.AREA, List.of(), SAFE), List.of()))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(200)
                .extract()
                .path("alert.id");
        String csrf = moderator().csrf("/staff/alerts/" + alert + "/edit");
        form(csrf, field, filed.reference())
                .post("/staff/alerts/" + alert + "/update")
                .then()
                .statusCode(422)
                .body(containsString("id=\"pii-never\""));
        assertEquals(1, Db.count("select version from alert where id = ?", alert));
    }

    private static long phoneIdentifierId(String reference) {
        List<Map<String, Object>> ids = Desk.moderator()
                .get("/api/v1/moderation/reports/" + reference)
                .then()
                .statusCode(200)
                .extract()
                .path("report.identifiers");
        return ids.stream()
                .filter(i -> "PHONE".equals(i.get("type")))
                .map(i -> ((Number) i.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }
}
