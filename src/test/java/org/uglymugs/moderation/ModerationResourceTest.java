package org.uglymugs.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.AuditTargets;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Desk.Filed;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.TestClock;

@QuarkusTest
class ModerationResourceTest {

    private static final String SAFE_SUMMARY = "Booked an outcall, refused to pay and became violent when asked.";

    private static Map<String, Object> report(String area, List<String> categories, boolean alertConsent) {
        Map<String, Object> body = Fixtures.report();
        body.put("area", area);
        body.put("categories", categories);
        body.put("risk", Map.of());
        body.put("consents", Fixtures.consents(alertConsent, true, false, false, false));
        return body;
    }

    @Test
    void queueShowsHighRiskFirstThenTheOldest() {
        String area = Desk.newArea("queue");
        Filed olderStandard = Desk.file(report(area, List.of("FRAUD"), true));
        Filed elevated = Desk.file(report(area, List.of("STALKING"), true));
        Filed high = Desk.file(report(area, List.of("RAPE"), true));
        // Reports are timed to the minute and their ids are random: "older" needs another minute.
        Filed newerStandard;
        try {
            TestClock.current().advance(Duration.ofMinutes(1));
            newerStandard = Desk.file(report(area, List.of("FRAUD"), true));
        } finally {
            TestClock.current().reset();
        }
        Desk.moderator()
                .queryParam("area", area)
                .get("/api/v1/moderation/queue")
                .then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body(
                        "items.reference",
                        contains(
                                high.reference(),
                                elevated.reference(),
                                olderStandard.reference(),
                                newerStandard.reference()))
                .body("items[0].riskLevel", equalTo("HIGH"));
        Desk.moderator()
                .queryParam("area", area)
                .queryParam("category", "STALKING")
                .get("/api/v1/moderation/queue")
                .then()
                .statusCode(200)
                .body("items.reference", contains(elevated.reference()));
        Desk.moderator()
                .queryParam("area", area)
                .queryParam("size", 2)
                .queryParam("page", 1)
                .get("/api/v1/moderation/queue")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("page", equalTo(1));
        Desk.moderator()
                .queryParam("size", 1000)
                .get("/api/v1/moderation/queue")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("size"));
        Desk.moderator()
                .queryParam("status", "NOPE")
                .get("/api/v1/moderation/queue")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    @Test
    void openedReportShowsEverythingAndItsLinkedReportsAndIsAudited() {
        String area = Desk.newArea("linked");
        Filed first = Desk.file(report(area, List.of("PHYSICAL_ASSAULT"), true));
        Map<String, Object> second = report(area, List.of("FRAUD"), true);
        second.put("identifiers", List.of(Map.of("type", "PHONE", "value", "+44 7911 123 456")));
        Filed other = Desk.file(second);
        Desk.moderator()
                .get("/api/v1/moderation/reports/" + first.reference())
                .then()
                .statusCode(200)
                .body("report.account", equalTo(Fixtures.ACCOUNT))
                .body("report.identifiers.value", hasItem(Fixtures.PHONE_E164))
                .body("report.linkedReports.reference", hasItem(other.reference()))
                .body(
                        "report.linkedReports.find { it.reference == '" + other.reference()
                                + "' }.sharedIdentifierTypes",
                        contains("PHONE"));
        assertEquals(
                1,
                Db.count("select count(*) from audit_entry where action = 'REPORT_VIEWED' and target = '"
                        + AuditTargets.of(first.reference()) + "' and actor = 'moderator'"));
        Desk.moderator()
                .get("/api/v1/moderation/reports/NOPE-NOPE")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void claimMessagesAndNotesReachOnlyWhomTheyShould() {
        Filed filed = Desk.file(report(Fixtures.AREA, List.of("THREATS"), true));
        Desk.moderator()
                .post("/api/v1/moderation/reports/" + filed.reference() + "/claim")
                .then()
                .statusCode(200)
                .body("claimedBy", equalTo("moderator"));
        Desk.moderator()
                .body(Map.of("body", "Can you tell us roughly what time he left?"))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/messages")
                .then()
                .statusCode(204);
        String note = "Internal: probably the same man as last month";
        Desk.moderator()
                .body(Map.of("body", note))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/notes")
                .then()
                .statusCode(201);
        Desk.moderator()
                .body(Map.of("body", ""))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/notes")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("body"));

        given().header("X-Receipt", filed.receipt())
                .get("/api/v1/my-report")
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .body("messages.from", hasItem("MODERATOR"))
                .body("messages.body", hasItem("Can you tell us roughly what time he left?"))
                .body(not(containsString(note)));
        Desk.moderator()
                .get("/api/v1/moderation/reports/" + filed.reference())
                .then()
                .statusCode(200)
                .body("notes.body", contains(note))
                .body("claim.claimedBy", equalTo("moderator"));
    }

    @Test
    void needsInfoShowsTheQuestionAndTheReplyReturnsTheReportToReview() {
        Filed filed = Desk.file(report(Fixtures.AREA, List.of("HARASSMENT"), true));
        Desk.moderator()
                .body(Map.of("decision", "NEEDS_INFO"))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("question"));
        Desk.moderator()
                .body(Map.of("decision", "NEEDS_INFO", "question", "Which hotel was it?"))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("NEEDS_INFO"));
        given().header("X-Receipt", filed.receipt())
                .get("/api/v1/my-report")
                .then()
                .body("status", equalTo("NEEDS_INFO"))
                .body("messages.body", hasItem("Which hotel was it?"));
        given().header("X-Receipt", filed.receipt())
                .contentType(ContentType.JSON)
                .body(Map.of("body", "The one by the station."))
                .post("/api/v1/my-report/messages")
                .then()
                .statusCode(201)
                .body("status", equalTo("IN_REVIEW"));
    }

    @Test
    void recordAndRejectDecisions() {
        Filed recorded = Desk.file(report(Fixtures.AREA, List.of("FRAUD"), false));
        Desk.moderator()
                .body(Map.of("decision", "RECORD"))
                .post("/api/v1/moderation/reports/" + recorded.reference() + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("RECORDED"));
        Filed rejected = Desk.file(report(Fixtures.AREA, List.of("OTHER"), true));
        Desk.moderator()
                .body(Map.of("decision", "REJECT"))
                .post("/api/v1/moderation/reports/" + rejected.reference() + "/decision")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        Desk.moderator()
                .body(Map.of("decision", "REJECT", "reason", "SPAM"))
                .post("/api/v1/moderation/reports/" + rejected.reference() + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        Desk.moderator()
                .body(Map.of("decision", "RECORD"))
                .post("/api/v1/moderation/reports/" + rejected.reference() + "/decision")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:uglymugs:problem:already-decided"));
        Desk.moderator()
                .body(Map.of("decision", "MAYBE"))
                .post("/api/v1/moderation/reports/" + rejected.reference() + "/decision")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("decision"));
    }

    /** A decided report refuses another decision with a 409, and nothing of it changes: status, messages, time. */
    @Test
    void anIllegalMoveIsAConflictThatChangesNothing() {
        Filed filed = Desk.file(report(Fixtures.AREA, List.of("OTHER"), true));
        Desk.moderator()
                .body(Map.of("decision", "REJECT", "reason", "SPAM"))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        String row = "select r::text from report r where reference = ?";
        List<String> before = Db.strings(row, filed.reference());
        long id = Db.reportId(filed.reference());
        Map<String, Long> rowsBefore = Db.rowsOfReport(id);
        for (Map<String, Object> decision : List.<Map<String, Object>>of(
                Map.of("decision", "NEEDS_INFO", "question", "Which station was it?"),
                Map.of("decision", "RECORD"),
                Map.of("decision", "PUBLISH", "alert", Desk.draft(Fixtures.AREA, List.of(), SAFE_SUMMARY)))) {
            Desk.moderator()
                    .body(decision)
                    .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:uglymugs:problem:already-decided"));
        }
        assertEquals(before, Db.strings(row, filed.reference()));
        assertEquals(rowsBefore, Db.rowsOfReport(id));
        assertEquals(0, Db.count("select count(*) from alert where report_id = ?", id));
    }

    /** Bean validation answers the same problem body whichever way it runs: a missing body, then bad fields. */
    @Test
    void badBodiesAnswerOneValidationProblem() {
        Filed filed = Desk.file(report(Fixtures.AREA, List.of("OTHER"), true));
        for (String path : List.of("/notes", "/messages", "/decision", "/pii-check")) {
            Desk.moderator()
                    .post("/api/v1/moderation/reports/" + filed.reference() + path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:uglymugs:problem:validation"))
                    .body("title", equalTo("Invalid request"))
                    .body("detail", equalTo("One or more fields are invalid."))
                    .body("errors", hasSize(1))
                    .body("errors[0].field", equalTo("body"))
                    .body("errors[0].code", equalTo("required"))
                    .body("errors[0].message", equalTo("a request body is required"));
        }
        Desk.moderator()
                .body(Map.of("decision", "PUBLISH", "alert", Map.of("title", "", "summary", "x".repeat(2001))))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        contains("alert.areas", "alert.categories", "alert.severity", "alert.summary", "alert.title"))
                .body("errors.code", contains("required", "required", "required", "too_long", "required"));
        assertEquals(
                0,
                Db.count(
                        "select count(*) from report_note n join report r on r.id = n.report_id"
                                + " where r.reference = ?",
                        filed.reference()));
    }

    @Test
    void publishingNeedsTheReportersConsent() {
        Filed filed = Desk.file(report(Fixtures.AREA, List.of("PHYSICAL_ASSAULT"), false));
        Desk.moderator()
                .body(Desk.publish(Desk.draft(Fixtures.AREA, List.of(), SAFE_SUMMARY), false))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:uglymugs:problem:consent-missing"));
        assertEquals(
                0,
                Db.count("select count(*) from alert a join report r on r.id = a.report_id where r.reference = '"
                        + filed.reference() + "'"));
    }

    @Test
    void publishedAlertHasVersionsAndCanBeRetracted() {
        Filed filed = Desk.file(report(Fixtures.AREA, List.of("PHYSICAL_ASSAULT"), true));
        long phoneId = phoneIdentifierId(filed.reference());
        int alertId = Desk.moderator()
                .body(Desk.publish(Desk.draft(Fixtures.AREA, List.of(phoneId), SAFE_SUMMARY), false))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("alert.status", equalTo("ISSUED"))
                .body("alert.content.identifiers.value", contains(Fixtures.PHONE_E164))
                .extract()
                .path("alert.id");
        given().header("X-Receipt", filed.receipt())
                .get("/api/v1/my-report")
                .then()
                .body("status", equalTo("PUBLISHED"));

        Map<String, Object> second =
                Desk.draft(Fixtures.AREA, List.of(phoneId), SAFE_SUMMARY + " He also took her phone.");
        Desk.moderator()
                .body(Map.of("alert", second))
                .post("/api/v1/moderation/alerts/" + alertId + "/update")
                .then()
                .statusCode(200)
                .body("status", equalTo("UPDATED"))
                .body("version", equalTo(2))
                .body("history.version", contains(1, 2));
        Desk.moderator()
                .body(Map.of("reason", "Duplicate of an older alert"))
                .post("/api/v1/moderation/alerts/" + alertId + "/retract")
                .then()
                .statusCode(200)
                .body("status", equalTo("RETRACTED"))
                .body("retractionReason", equalTo("Duplicate of an older alert"))
                .body("history.status", contains("ISSUED", "UPDATED", "RETRACTED"));
        Desk.moderator()
                .body(Map.of("alert", second))
                .post("/api/v1/moderation/alerts/" + alertId + "/update")
                .then()
                .statusCode(409);
        assertEquals(
                3,
                Db.count("select count(*) from audit_entry where target = 'alert:" + alertId
                        + "' and action <> 'ALERT_VIEWED'"));
    }

    @Test
    void piiInTheDraftStopsPublicationUnlessEachFlagIsOverriddenWhichIsAudited() {
        Map<String, Object> body = report(Fixtures.AREA, List.of("PHYSICAL_ASSAULT"), true);
        body.put("consents", Fixtures.consents(true, false, false, true, false));
        body.put("contact", Map.of("name", "Roxy", "email", Fixtures.CONTACT_EMAIL));
        Filed filed = Desk.file(body);
        String leaky = "Call him on 07700 900456 or mail bad.guy@example.com; ask Roxy at " + Fixtures.CONTACT_EMAIL;
        Map<String, Object> draft = Desk.draft(Fixtures.AREA, List.of(), leaky);

        Desk.moderator()
                .body(draft)
                .post("/api/v1/moderation/reports/" + filed.reference() + "/pii-check")
                .then()
                .statusCode(200)
                .body("flags.kind", hasItem("PHONE"))
                .body("flags.kind", hasItem("EMAIL"))
                .body("flags.kind", hasItem("REPORTER_CONTACT"));
        Desk.moderator()
                .body(Desk.publish(draft, false))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:uglymugs:problem:pii-flags"))
                .body("errors.code", hasItem("pii_reporter_contact"));
        assertEquals(
                0,
                Db.count("select count(*) from alert a join report r on r.id = a.report_id where r.reference = '"
                        + filed.reference() + "'"));
        // The reporter's own email is never published, whatever is overridden.
        Desk.moderator()
                .body(Desk.publish(draft, true))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(422)
                .body("errors.code", everyItem(equalTo("pii_reporter_contact")));
        Map<String, Object> withoutHer =
                Desk.draft(Fixtures.AREA, List.of(), "Call him on 07700 900456 or mail bad.guy@example.com.");
        Desk.moderator()
                .body(Desk.publish(withoutHer, List.of("summary:PHONE", "summary:EMAIL")))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        assertEquals(
                2,
                Db.count("select count(*) from audit_entry where action = 'PII_OVERRIDE' and target = '"
                        + AuditTargets.of(filed.reference()) + "'"));
        assertTrue(
                Db.strings("select details from audit_entry where action = 'PII_OVERRIDE' and target = '"
                                        + AuditTargets.of(filed.reference()) + "'")
                                .get(0)
                                .indexOf(Fixtures.CONTACT_EMAIL)
                        < 0,
                "audit keeps no draft text");
    }

    @Test
    void theReportersOwnNumberIsNeverPublishedAsAnIdentifierEvenWithOverride() {
        Map<String, Object> body = report(Fixtures.AREA, List.of("PHYSICAL_ASSAULT"), true);
        body.put("consents", Fixtures.consents(true, false, true, false, false));
        body.put("contact", Map.of("phone", Fixtures.PHONE));
        Filed filed = Desk.file(body);
        long own = phoneIdentifierId(filed.reference());
        Map<String, Object> draft = Desk.draft(Fixtures.AREA, List.of(own), SAFE_SUMMARY);
        Desk.moderator()
                .body(draft)
                .post("/api/v1/moderation/reports/" + filed.reference() + "/pii-check")
                .then()
                .statusCode(200)
                .body("flags.field", hasItem("identifierIds"))
                .body("flags.kind", hasItem("REPORTER_CONTACT"));
        Desk.moderator()
                .body(Desk.publish(draft, true))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("alert.identifierIds"))
                .body(not(containsString(Fixtures.PHONE_E164)));
        assertEquals(
                0,
                Db.count("select count(*) from alert a join report r on r.id = a.report_id where r.reference = '"
                        + filed.reference() + "'"));
    }

    @Test
    void withdrawingConsentRetractsThePublishedAlertAtOnce() {
        Filed filed = Desk.file(report(Fixtures.AREA, List.of("PHYSICAL_ASSAULT"), true));
        int alertId = Desk.moderator()
                .body(Desk.publish(Desk.draft(Fixtures.AREA, List.of(), SAFE_SUMMARY), false))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(200)
                .extract()
                .path("alert.id");
        given().header("X-Receipt", filed.receipt())
                .contentType(ContentType.JSON)
                .body(Map.of("consents", Fixtures.consents(false, true, false, false, false)))
                .put("/api/v1/my-report/consents")
                .then()
                .statusCode(200)
                .body("status", equalTo("RECORDED"));
        Desk.moderator()
                .get("/api/v1/moderation/alerts/" + alertId)
                .then()
                .statusCode(200)
                .body("status", equalTo("RETRACTED"))
                .body("history[-1].actor", equalTo("reporter"));
    }

    @Test
    void erasingTheReportDeletesItsAlerts() {
        Filed filed = Desk.file(report(Fixtures.AREA, List.of("PHYSICAL_ASSAULT"), true));
        int alertId = Desk.moderator()
                .body(Desk.publish(Desk.draft(Fixtures.AREA, List.of(), SAFE_SUMMARY), false))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(200)
                .extract()
                .path("alert.id");
        given().header("X-Receipt", filed.receipt())
                .delete("/api/v1/my-report")
                .then()
                .statusCode(204);
        Desk.moderator().get("/api/v1/moderation/alerts/" + alertId).then().statusCode(404);
        assertEquals(0, Db.count("select count(*) from alert_version where alert_id = " + alertId));
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
