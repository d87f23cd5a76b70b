package org.uglymugs.common.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.PageSession;
import org.uglymugs.support.StaffApi;

/**
 * Staff pages share the reporter pages' error summary: it names each field, follows the form's order
 * and takes the focus without JavaScript.
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
}
