package org.uglymugs.moderation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.AuditTargets;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Desk.Filed;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.Liaison;

/** The moderator's intelligence summary and 3x5x2 grading: checked, PII-checked, sealed, audited. */
@QuarkusTest
class IntelligenceResourceTest {

    private static final String SUMMARY = "Repeat non-payment and violence at outcalls; same vehicle each time.";

    static Map<String, Object> intel(String summary, String handling, String conditions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("summary", summary);
        body.put("intelligenceAssessment", 2);
        body.put("handlingCode", handling);
        if (conditions != null) {
            body.put("handlingConditions", conditions);
        }
        return body;
    }

    private static String path(Filed filed) {
        return "/api/v1/moderation/reports/" + filed.reference() + "/intelligence";
    }

    @Test
    void aSummaryIsSavedSealedGradedAndAudited() {
        Filed filed = Desk.file(Liaison.report(Fixtures.AREA, true, false));
        Desk.moderator()
                .body(intel(SUMMARY, "P", "ignored without C"))
                .put(path(filed))
                .then()
                .statusCode(200)
                .body("sourceEvaluation", equalTo("B"))
                .body("grading", equalTo("B2P"))
                .body("handlingConditions", nullValue());
        Desk.moderator()
                .get("/api/v1/moderation/reports/" + filed.reference())
                .then()
                .statusCode(200)
                .body("intelligence.summary", equalTo(SUMMARY));
        assertFalse(
                Db.strings("select encode(intel_sealed, 'escape') from report where reference = ?", filed.reference())
                        .get(0)
                        .contains("non-payment"));
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_entry where action = 'INTELLIGENCE_SET' and target = ?"
                                + " and details like '%B2P%' and details not like '%payment%'",
                        AuditTargets.of(filed.reference())));
    }

    @Test
    void handlingCodeCNeedsItsConditionsAndTheGradingItsRange() {
        Filed filed = Desk.file(Liaison.report(Fixtures.AREA, true, false));
        Desk.moderator()
                .body(intel(SUMMARY, "C", " "))
                .put(path(filed))
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("errors.field", hasItem("handlingConditions"));
        Map<String, Object> wrong = intel(SUMMARY, "P", null);
        wrong.put("intelligenceAssessment", 6);
        wrong.put("sourceEvaluation", "D");
        Desk.moderator().body(wrong).put(path(filed)).then().statusCode(400);
        Map<String, Object> graded = intel(SUMMARY, "C", "Not to be disclosed to the suspect");
        graded.put("sourceEvaluation", "A");
        Desk.moderator()
                .body(graded)
                .put(path(filed))
                .then()
                .statusCode(200)
                .body("grading", equalTo("A2C"))
                .body("handlingConditions", equalTo("Not to be disclosed to the suspect"));
        Desk.moderator()
                .body(intel(SUMMARY, "P", null))
                .put("/api/v1/moderation/reports/0000-0000/intelligence")
                .then()
                .statusCode(404);
    }

    @Test
    void piiFlagsStopTheSummaryUnlessOverriddenAndTheReportersOwnDetailsAlways() {
        Filed filed = Desk.file(Liaison.report(Fixtures.AREA, true, true));
        Desk.moderator()
                .body(intel("Call him on 020 7946 0958 to check.", "P", null))
                .put(path(filed))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("summary"));
        // The perpetrator's own identifiers are what police see anyway: no flag.
        Desk.moderator()
                .body(intel("He uses " + Fixtures.PHONE + " for bookings.", "P", null))
                .put(path(filed))
                .then()
                .statusCode(200);
        Map<String, Object> overridden = intel("Call him on 020 7946 0958 to check.", "P", null);
        overridden.put("override", true);
        Desk.moderator().body(overridden).put(path(filed)).then().statusCode(200);
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_entry where action = 'PII_OVERRIDE' and target = ?"
                                + " and details like '%intelligence%' and details not like '%7946%'",
                        AuditTargets.of(filed.reference())));
        Map<String, Object> own = intel("Reported by " + Fixtures.CONTACT_NAME + ".", "P", null);
        own.put("override", true);
        Desk.moderator()
                .body(own)
                .put(path(filed))
                .then()
                .statusCode(422)
                .body("errors.code", hasItem("pii_reporter_contact"));
    }
}
