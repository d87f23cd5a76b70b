package org.uglymugs.moderation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.uglymugs.support.AuditTargets;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Desk.Filed;
import org.uglymugs.support.Fixtures;

/**
 * The reporter's own name, phone or email is never published: in any drafted field, on publish and
 * on update, whatever the request overrides; overrides are per flag and each is audited; and every
 * refused attempt leaves an audit entry although its transaction rolled back.
 */
@QuarkusTest
class ReporterContactGateTest {

    static final String SAFE = "Booked an outcall, refused to pay and became violent when asked.";
    /** Every drafted field of an alert: the three texts and the chosen identifiers. */
    static final List<String> FIELDS = List.of("title", "summary", "perpetratorDescription", "identifierIds");

    static Stream<String> fields() {
        return FIELDS.stream();
    }

    /** A report whose reporter left her phone (also the report's PHONE identifier), asking for support contact. */
    static Filed filedWithContactPhone() {
        Map<String, Object> body = Fixtures.report();
        body.put("consents", Fixtures.consents(true, false, false, true, false));
        body.put("contact", Map.of("phone", Fixtures.PHONE));
        return Desk.file(body);
    }

    /** A clean draft with the reporter's phone put into one field. */
    static Map<String, Object> draftWithPhoneIn(String field, String reference) {
        Map<String, Object> draft = Desk.draft(Fixtures.AREA, List.of(), SAFE);
        switch (field) {
            case "identifierIds" -> draft.put("identifierIds", List.of(phoneIdentifierId(reference)));
            case "title" -> draft.put("title", "Call " + Fixtures.PHONE);
            default -> draft.put(field, "He rang her on " + Fixtures.PHONE + " twice.");
        }
        return draft;
    }

    /** Every override there is, the reporter's contact in this field included. */
    static List<String> everyOverride(String field) {
        List<String> all = new ArrayList<>(Desk.OVERRIDE_ALL);
        all.add(field + ":REPORTER_CONTACT");
        return all;
    }

    static long refusals(String reference, String via) {
        return Db.count(
                "select count(*) from audit_entry where action = 'REPORT_VIEWED' and target = ?"
                        + " and details::jsonb ->> 'via' = ? and details::jsonb ->> 'refused' = 'pii-flags'",
                AuditTargets.of(reference),
                via);
    }

    static long alertsOf(String reference) {
        return Db.count(
                "select count(*) from alert a join report r on r.id = a.report_id where r.reference = ?", reference);
    }

    @ParameterizedTest
    @MethodSource("fields")
    void theReportersPhoneInAnyFieldIsRefusedOnPublishWhateverIsOverridden(String field) {
        Filed filed = filedWithContactPhone();
        Desk.moderator()
                .body(Desk.publish(draftWithPhoneIn(field, filed.reference()), everyOverride(field)))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(422)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("type", equalTo("urn:uglymugs:problem:pii-flags"))
                .body("errors.field", hasItem("alert." + field))
                .body("errors.code", hasItem("pii_reporter_contact"))
                .body(not(containsString(Fixtures.PHONE)));
        assertEquals(0, alertsOf(filed.reference()));
        assertEquals(1, refusals(filed.reference(), "publish"), "the refusal is audited although it rolled back");
        assertEquals(
                0,
                Db.count(
                        "select count(*) from audit_entry where action = 'PII_OVERRIDE' and target = ?",
                        AuditTargets.of(filed.reference())));
    }

    @ParameterizedTest
    @MethodSource("fields")
    void theReportersPhoneInAnyFieldIsRefusedOnUpdateWhateverIsOverridden(String field) {
        Filed filed = filedWithContactPhone();
        int alert = Desk.moderator()
                .body(Desk.publish(Desk.draft(Fixtures.AREA, List.of(), SAFE), List.of()))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(200)
                .extract()
                .path("alert.id");
        Desk.moderator()
                .body(Map.of("alert", draftWithPhoneIn(field, filed.reference()), "override", everyOverride(field)))
                .post("/api/v1/moderation/alerts/" + alert + "/update")
                .then()
                .statusCode(422)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("errors.field", hasItem("alert." + field))
                .body("errors.code", hasItem("pii_reporter_contact"))
                .body(not(containsString(Fixtures.PHONE)));
        assertEquals(1, Db.count("select version from alert where id = ?", alert));
        assertEquals(1, refusals(filed.reference(), "alert-update"), "the refusal is audited although it rolled back");
    }

    /** One override names one flag: ticking the phone does not publish the email; each override is its own entry. */
    @Test
    void overridesArePerFlagAndEachIsAuditedWithoutText() {
        Filed filed = filedWithContactPhone();
        String text = "Call him on 07700 900456 or mail bad.guy@example.com";
        Map<String, Object> draft = Desk.draft(Fixtures.AREA, List.of(), text);
        Desk.moderator()
                .body(Desk.publish(draft, List.of("summary:PHONE")))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("alert.summary")))
                .body("errors.code", equalTo(List.of("pii_email")));
        Desk.moderator()
                .body(Desk.publish(draft, List.of("title:EMAIL", "summary:PHONE")))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(422)
                .body("errors.code", equalTo(List.of("pii_email")));
        assertEquals(0, alertsOf(filed.reference()));
        Desk.moderator()
                .body(Desk.publish(draft, List.of("summary:PHONE", "summary:EMAIL")))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        assertEquals(
                List.of("alert summary:PHONE", "alert summary:EMAIL"),
                Db.strings(
                        "select (details::jsonb ->> 'for') || ' ' || (details::jsonb ->> 'field') || ':'"
                                + " || (details::jsonb ->> 'kind') from audit_entry where action = 'PII_OVERRIDE'"
                                + " and target = ? order by id",
                        AuditTargets.of(filed.reference())));
        for (String details :
                Db.strings("select details from audit_entry where target = ?", AuditTargets.of(filed.reference()))) {
            assertEquals(-1, details.indexOf("900456"), "audit keeps no draft text");
            assertEquals(-1, details.indexOf("bad.guy"), "audit keeps no draft text");
        }
    }

    /** The old boolean override is gone: a client still sending it is told so, and nothing is published. */
    @Test
    void theOldBooleanOverrideIsRefused() {
        Filed filed = filedWithContactPhone();
        Map<String, Object> decision = new java.util.LinkedHashMap<>(
                Desk.publish(Desk.draft(Fixtures.AREA, List.of(), "Mail bad.guy@example.com"), List.of()));
        decision.put("override", true);
        Desk.moderator()
                .body(decision)
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON);
        assertEquals(0, alertsOf(filed.reference()));
    }

    static long phoneIdentifierId(String reference) {
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
