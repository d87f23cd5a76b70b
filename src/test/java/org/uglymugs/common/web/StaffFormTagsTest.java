package org.uglymugs.common.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.PageSession;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.TotpCodes;

/**
 * Staff pages share the reporter pages' error summary: it names each field, follows the form's order
 * and takes the focus without JavaScript. Every staff form is {@code novalidate} (the browser's bubbles
 * would stop it first, untranslated and gone once dismissed), and a refused one shows the summary
 * linking to the field, the error beside the field and what was typed (never a password).
 */
@QuarkusTest
class StaffFormTagsTest {

    private static final String FOCUS = "class=\"error-summary\" role=\"alert\" tabindex=\"-1\" autofocus";

    @Test
    void theAdminErrorSummaryNamesEachFieldInTheFormsOrder() {
        PageSession admin = PageSession.of(StaffApi.ADMIN);
        String html = admin.form(admin.csrf("/staff/admin/staff"))
                .formParam("username", "Not A Valid Name")
                .formParam("password", "short")
                .post("/staff/admin/staff")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertTrue(html.contains(FOCUS), "the summary takes the focus");
        int username = html.indexOf("<a href=\"#username\">Username: ");
        int password = html.indexOf("<a href=\"#password\">Initial password: ");
        int roles = html.indexOf("<a href=\"#roles\">Roles: ");
        assertTrue(username > 0 && password > username && roles > password, "named, in the form's order");
    }

    @Test
    void theModerationErrorSummaryNamesTheField() {
        String reference = Desk.file(Fixtures.report()).reference();
        PageSession moderator = PageSession.of(StaffApi.MODERATOR);
        String html = moderator
                .form(moderator.csrfFromServer())
                .formParam("message", " ")
                .post("/staff/reports/" + reference + "/messages")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertTrue(html.contains(FOCUS), "the summary takes the focus");
        assertTrue(
                html.contains("<a href=\"#message\">Message to the reporter: This is required.</a>"),
                "the error names its field");
    }

    @Test
    void theDraftErrorSummaryLabelsTheSeverityWithTheSharedWord() {
        String reference = Desk.file(Fixtures.report()).reference();
        PageSession moderator = PageSession.of(StaffApi.MODERATOR);
        String html = moderator
                .form(moderator.csrfFromServer())
                .formParam("severity", "NOT_A_SEVERITY")
                .formParam("action", "preview")
                .post("/staff/reports/" + reference + "/alert")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertTrue(html.contains(FOCUS), "the summary takes the focus");
        assertTrue(html.contains("<a href=\"#severity\">Severity: "), "the error names its field");
    }

    @Test
    void aRefusedLoginIsSummarisedTheSameWay() {
        String html = io.restassured.RestAssured.given()
                .contentType("application/x-www-form-urlencoded")
                .formParam("username", "nobody-" + System.nanoTime())
                .formParam("password", "wrong-password")
                .formParam("totp", "123456")
                .formParam("lang", "nl")
                .post("/staff/login")
                .then()
                .statusCode(401)
                .extract()
                .asString();
        assertTrue(html.contains(FOCUS), "the summary takes the focus");
        assertTrue(html.contains("<a href=\"#username\">"), "it links to the form");
    }

    private static final Pattern POST_FORM = Pattern.compile("<form method=\"post\"[^>]*>");

    /** The summary links to the field, the field carries its error beside it, and every form is novalidate. */
    private static void assertRefused(String html, String field) {
        assertTrue(html.contains(FOCUS), "the summary takes the focus");
        assertTrue(html.contains("<a href=\"#" + field + "\">"), "the summary links to " + field);
        assertTrue(html.contains("id=\"" + field + "-error\""), "the error is beside " + field);
        Matcher forms = POST_FORM.matcher(html);
        while (forms.find()) {
            assertTrue(forms.group().contains("novalidate"), "the browser does not validate " + forms.group());
        }
    }

    @Test
    void aRefusedLoginKeepsTheUsernameButNeverThePassword() {
        String username = "nobody-" + System.nanoTime();
        String html = io.restassured.RestAssured.given()
                .contentType("application/x-www-form-urlencoded")
                .formParam("username", username)
                .formParam("password", "wrong-password")
                .formParam("lang", "en")
                .post("/staff/login")
                .then()
                .statusCode(401)
                .extract()
                .asString();
        assertRefused(html, "username");
        assertTrue(html.contains("value=\"" + username + "\""), "the username is kept");
        assertFalse(html.contains("wrong-password"), "the password is never sent back");
    }

    @Test
    void aRefusedPasswordChangeAndEnrolmentNameTheirField() {
        StaffApi.Account account = StaffApi.create(StaffApi.unique("pwform"), Set.of("MODERATOR"), Set.of());
        PageSession session = PageSession.login(account);
        String csrf = session.csrf("/staff/password");
        String html = session.form(csrf)
                .formParam("currentPassword", account.password())
                .formParam("newPassword", "short")
                .formParam("totp", TotpCodes.next(account.secret()))
                .post("/staff/password")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertRefused(html, "newPassword");
        assertFalse(html.contains("value=\"short\""), "a password is never sent back");
        String wrongCurrent = session.form(csrf)
                .formParam("currentPassword", "not-the-password")
                .formParam("newPassword", "a-new-password-of-mine")
                .formParam("totp", TotpCodes.next(account.secret()))
                .post("/staff/password")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertRefused(wrongCurrent, "currentPassword");
    }

    @Test
    void theAreaFormsKeepWhatWasTyped() {
        PageSession admin = PageSession.of(StaffApi.ADMIN);
        String html = admin.form(admin.csrf("/staff/admin/areas"))
                .formParam("id", "")
                .formParam("name", "Typed area name")
                .post("/staff/admin/areas")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertRefused(html, "id");
        assertTrue(html.contains("value=\"Typed area name\""), "the name is kept");
    }

    @Test
    void theAuditHeadCheckNamesAnEmptyOrLongDigestAndKeepsIt() {
        PageSession admin = PageSession.of(StaffApi.ADMIN);
        String empty = admin.form(admin.csrf("/staff/admin/audit"))
                .formParam("digest", " ")
                .post("/staff/admin/audit/head")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertRefused(empty, "digest");
        assertTrue(empty.contains("<a href=\"#digest\">Head digest: "), "named under its label: " + empty);
        String longDigest = "uglymugs-audit-head " + "x".repeat(400);
        String tooLong = admin.form(admin.csrf("/staff/admin/audit"))
                .formParam("digest", longDigest)
                .post("/staff/admin/audit/head")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertRefused(tooLong, "digest");
        assertTrue(tooLong.contains(longDigest + "</textarea>"), "the digest is kept");
    }

    @Test
    void theModerationFormsNameTheirFieldAndKeepWhatWasTyped() {
        Desk.Filed filed = Desk.file(Fixtures.report());
        PageSession moderator = PageSession.of(StaffApi.MODERATOR);
        String csrf = moderator.csrfFromServer();
        String tooLong = "n".repeat(5001);
        String note = moderator
                .form(csrf)
                .formParam("note", tooLong)
                .post("/staff/reports/" + filed.reference() + "/notes")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertRefused(note, "note");
        assertTrue(note.contains(tooLong + "</textarea>"), "the note is kept");
        String question = moderator
                .form(csrf)
                .formParam("decision", "NEEDS_INFO")
                .formParam("question", " ")
                .post("/staff/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertRefused(question, "question");

        int id = Desk.moderator()
                .body(Desk.publish(Desk.draft(Fixtures.AREA, List.of(), "Refused to pay."), false))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(200)
                .extract()
                .path("alert.id");
        String reason = "r".repeat(501);
        String retract = moderator
                .form(csrf)
                .formParam("reason", reason)
                .post("/staff/alerts/" + id + "/retract")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertRefused(retract, "reason");
        assertTrue(retract.contains("value=\"" + reason + "\""), "the reason is kept");
    }
}
