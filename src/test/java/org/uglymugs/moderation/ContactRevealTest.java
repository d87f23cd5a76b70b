package org.uglymugs.moderation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.AuditTargets;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Desk.Filed;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.PageSession;
import org.uglymugs.support.StaffApi;

/**
 * Opening a report no longer shows the reporter's contact: a moderator reveals it on purpose, with
 * a reason whose category is audited, and only when the reporter asked for support contact
 * (police contact is the liaison desk's, never the moderators').
 */
@QuarkusTest
class ContactRevealTest {

    private static Filed filed(boolean support, boolean police) {
        Map<String, Object> body = Fixtures.report();
        body.put("consents", Fixtures.consents(true, police, police, support, false));
        body.put("contact", Fixtures.contact());
        return Desk.file(body);
    }

    private static long reveals(String reference) {
        return Db.count(
                "select count(*) from audit_entry where action = 'REPORT_CONTACT_REVEALED' and target = ?",
                AuditTargets.of(reference));
    }

    @Test
    void openingAReportShowsNoContactOnTheApiOrThePage() {
        Filed filed = filed(true, false);
        Desk.moderator()
                .get("/api/v1/moderation/reports/" + filed.reference())
                .then()
                .statusCode(200)
                .body("report.contact", nullValue())
                .body("contactAvailable", equalTo(true))
                .body(not(containsString(Fixtures.CONTACT_EMAIL)))
                .body(not(containsString(Fixtures.CONTACT_NAME)));
        PageSession.of(StaffApi.MODERATOR)
                .given()
                .get("/staff/reports/" + filed.reference())
                .then()
                .statusCode(200)
                .body(containsString("id=\"reveal-contact\""))
                .body(not(containsString(Fixtures.CONTACT_EMAIL)))
                .body(not(containsString(Fixtures.CONTACT_NAME)));
        assertEquals(0, reveals(filed.reference()));
    }

    @Test
    void revealingNeedsAReasonAndIsAuditedWithItsCategory() {
        Filed filed = filed(true, false);
        String path = "/api/v1/moderation/reports/" + filed.reference() + "/contact";
        // Nothing names this report in the log yet, so the refusals are counted across the whole log.
        String allReveals = "select count(*) from audit_entry where action = 'REPORT_CONTACT_REVEALED'";
        long before = Db.count(allReveals);
        Desk.moderator()
                .body(Map.of())
                .post(path)
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("errors[0].field", equalTo("reason"));
        Desk.moderator()
                .body(Map.of("reason", "CURIOUS"))
                .post(path)
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON);
        assertEquals(before, Db.count(allReveals), "a refused reveal is not audited as a reveal");
        Desk.moderator()
                .body(Map.of("reason", "SUPPORT_REQUESTED"))
                .post(path)
                .then()
                .statusCode(200)
                .body("name", equalTo(Fixtures.CONTACT_NAME))
                .body("email", equalTo(Fixtures.CONTACT_EMAIL));
        assertEquals(
                List.of("SUPPORT_REQUESTED"),
                Db.strings(
                        "select details::jsonb ->> 'reason' from audit_entry"
                                + " where action = 'REPORT_CONTACT_REVEALED' and target = ?",
                        AuditTargets.of(filed.reference())));
    }

    @Test
    void contactGivenOnlyForPoliceIsNeverRevealedToModerators() {
        Filed filed = filed(false, true);
        Desk.moderator()
                .get("/api/v1/moderation/reports/" + filed.reference())
                .then()
                .statusCode(200)
                .body("contactAvailable", equalTo(false))
                .body(not(containsString(Fixtures.CONTACT_EMAIL)));
        Desk.moderator()
                .body(Map.of("reason", "SUPPORT_REQUESTED"))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/contact")
                .then()
                .statusCode(409)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("type", equalTo("urn:uglymugs:problem:contact-not-available"))
                .body(not(containsString(Fixtures.CONTACT_EMAIL)));
        PageSession.of(StaffApi.MODERATOR)
                .given()
                .get("/staff/reports/" + filed.reference())
                .then()
                .statusCode(200)
                .body(not(containsString("id=\"reveal-contact\"")));
        assertEquals(0, reveals(filed.reference()));
    }

    @Test
    void thePageRevealsTheContactThroughAFormWithAReason() {
        Filed filed = filed(true, false);
        PageSession moderator = PageSession.of(StaffApi.MODERATOR);
        String csrf = moderator.csrf("/staff/reports/" + filed.reference());
        String path = "/staff/reports/" + filed.reference() + "/contact";
        moderator
                .form(null)
                .formParam("contactReason", "SAFETY_CONCERN")
                .post(path)
                .then()
                .statusCode(403);
        moderator.form(csrf).post(path).then().statusCode(400).body(not(containsString(Fixtures.CONTACT_EMAIL)));
        assertEquals(0, reveals(filed.reference()));
        moderator
                .form(csrf)
                .formParam("contactReason", "SAFETY_CONCERN")
                .post(path)
                .then()
                .statusCode(200)
                .body(containsString(Fixtures.CONTACT_EMAIL))
                .body(containsString(Fixtures.CONTACT_NAME));
        assertEquals(
                List.of("SAFETY_CONCERN"),
                Db.strings(
                        "select details::jsonb ->> 'reason' from audit_entry"
                                + " where action = 'REPORT_CONTACT_REVEALED' and target = ?",
                        AuditTargets.of(filed.reference())));
    }
}
