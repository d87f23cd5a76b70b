package org.uglymugs.moderation.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.AuditTargets;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.PageSession;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.TestClock;
import org.uglymugs.support.TotpCodes;

@QuarkusTest
class ModerationPagesTest {

    /** One page session, reused while it lives (logging in again and again would use up TOTP steps). */
    private static PageSession moderator() {
        return PageSession.of(StaffApi.MODERATOR);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        given().redirects()
                .follow(false)
                .get("/staff/queue")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/staff/login"));
        given().get("/staff/login?lang=nl")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(containsString("Inloggen voor medewerkers"))
                .body(not(containsString("<script")));
    }

    @Test
    void aWrongLoginIsRefusedWithoutSayingWhy() {
        given().contentType(ContentType.URLENC)
                .formParam("username", "moderator")
                .formParam("password", "nope")
                .formParam("totp", "123456")
                .post("/staff/login")
                .then()
                .statusCode(401)
                .body(containsString("Login failed"));
    }

    @Test
    void queueAndReviewPagesShowTheReportAndItsLinks() {
        // An area of its own, so the report is on the queue's first page however many other tests filed.
        String area = Desk.newArea("pages-queue");
        Map<String, Object> first = Fixtures.report();
        first.put("area", area);
        Desk.Filed a = Desk.file(first);
        Desk.Filed b = Desk.file(Fixtures.report());
        moderator()
                .given()
                .get("/staff/queue?lang=nl&area=" + area)
                .then()
                .statusCode(200)
                .body(containsString("Beoordelingswachtrij"))
                .body(containsString(a.reference()));
        moderator()
                .given()
                .get("/staff/reports/" + a.reference())
                .then()
                .statusCode(200)
                .body(containsString(Fixtures.ACCOUNT))
                .body(containsString(Fixtures.MARKS))
                .body(containsString(b.reference()))
                .body(containsString(Fixtures.PHONE_E164));
    }

    @Test
    void formsWithoutTheSessionsCsrfTokenAreRefused() {
        Desk.Filed filed = Desk.file(Fixtures.report());
        String path = "/staff/reports/" + filed.reference() + "/notes";
        moderator()
                .given()
                .contentType(ContentType.URLENC)
                .formParam("note", "no token")
                .post(path)
                .then()
                .statusCode(403);
        moderator()
                .given()
                .contentType(ContentType.URLENC)
                .formParam("note", "wrong token")
                .formParam("csrf", "forged")
                .post(path)
                .then()
                .statusCode(403);
        assertEquals(
                0,
                Db.count("select count(*) from report_note n join report r on r.id = n.report_id"
                        + " where r.reference = '" + filed.reference() + "'"));
        String csrf = moderator().csrf("/staff/reports/" + filed.reference());
        moderator()
                .given()
                .contentType(ContentType.URLENC)
                .formParam("note", "with token")
                .formParam("csrf", csrf)
                .post(path)
                .then()
                .statusCode(303);
        assertEquals(
                1,
                Db.count("select count(*) from report_note n join report r on r.id = n.report_id"
                        + " where r.reference = '" + filed.reference() + "'"));
    }

    @Test
    void theDraftPreviewShowsPiiFlagsAndPublishingNeedsEachFlagOverriddenButNeverTheReporters() {
        Map<String, Object> body = Fixtures.report();
        body.put("consents", Fixtures.consents(true, false, true, false, false));
        body.put("contact", Map.of("name", "Roxy", "phone", "07911 123457"));
        Desk.Filed filed = Desk.file(body);
        String csrf = moderator().csrf("/staff/reports/" + filed.reference() + "/alert");
        String leaky = "He said Roxy on 07911 123457 sent him; he lives at 12 High Street.";
        String path = "/staff/reports/" + filed.reference() + "/alert";
        String html = draftForm(csrf, leaky)
                .formParam("action", "preview")
                .post(path)
                .then()
                .statusCode(200)
                .body(containsString("id=\"pii-flags\""))
                .body(containsString("The reporter&#39;s own contact details"))
                .body(containsString("Street address or postcode"))
                .body(containsString("id=\"pii-never\""))
                .extract()
                .asString();
        // One checkbox a flag that may be overridden; none for the reporter's own details.
        assertEquals(
                List.of("summary:ADDRESS"),
                java.util.regex.Pattern.compile("name=\"override\" value=\"([^\"]+)\"")
                        .matcher(html)
                        .results()
                        .map(m -> m.group(1))
                        .toList());
        draftForm(csrf, leaky).formParam("action", "publish").post(path).then().statusCode(422);
        draftForm(csrf, leaky)
                .formParam("action", "publish")
                .formParam("override", "summary:ADDRESS")
                .formParam("override", "summary:REPORTER_CONTACT")
                .post(path)
                .then()
                .statusCode(422)
                .body(containsString("id=\"pii-never\""));
        assertEquals(
                0,
                Db.count("select count(*) from alert a join report r on r.id = a.report_id" + " where r.reference = '"
                        + filed.reference() + "'"));
        draftForm(csrf, "He said he lives at 12 High Street.")
                .formParam("action", "publish")
                .formParam("override", "summary:ADDRESS")
                .post(path)
                .then()
                .statusCode(303)
                .header("Location", containsString("/staff/alerts/"));
        assertEquals(
                1,
                Db.count("select count(*) from audit_entry where action = 'PII_OVERRIDE' and target = '"
                        + AuditTargets.of(filed.reference()) + "'"));
    }

    private static io.restassured.specification.RequestSpecification draftForm(String csrf, String summary) {
        return moderator()
                .given()
                .contentType(ContentType.URLENC)
                .formParam("csrf", csrf)
                .formParam("title", "Violent client")
                .formParam("summary", summary)
                .formParam("severity", "HIGH")
                .formParam("areas", Fixtures.AREA)
                .formParam("categories", "PHYSICAL_ASSAULT");
    }

    @Test
    void anIdleSessionEnds() {
        PageSession session = PageSession.login(
                StaffApi.create(StaffApi.unique("idle"), java.util.Set.of("MODERATOR"), java.util.Set.of()));
        session.given().get("/staff/queue").then().statusCode(200);
        TestClock clock = TestClock.current();
        try {
            clock.advance(Duration.ofMinutes(31));
            session.given().get("/staff/queue").then().statusCode(303).header("Location", endsWith("/staff/login"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aNewAccountEnrolsThroughThePages() {
        String username = StaffApi.unique("pages");
        given().auth()
                .oauth2(StaffApi.token(StaffApi.ADMIN))
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "pages-initial-password", "roles", List.of("MODERATOR")))
                .post("/api/v1/admin/staff")
                .then()
                .statusCode(201);
        PageSession enrolling = PageSession.login(new StaffApi.Account(username, "pages-initial-password", null));
        enrolling.given().get("/staff/queue").then().statusCode(303).header("Location", containsString("/staff/enrol"));
        String html = enrolling
                .given()
                .get("/staff/enrol")
                .then()
                .statusCode(200)
                .body(containsString("/staff/enrol/qr.png"))
                .extract()
                .asString();
        String secret = html.replaceAll("(?s).*<code id=\"secret\">([A-Z2-7]+)</code>.*", "$1");
        enrolling.given().get("/staff/enrol/qr.png").then().statusCode(200).contentType("image/png");
        String csrf = enrolling.csrf("/staff/enrol");
        enrolling
                .given()
                .contentType(ContentType.URLENC)
                .formParam("csrf", csrf)
                .formParam("totp", "000000")
                .post("/staff/enrol")
                .then()
                .statusCode(400);
        enrolling
                .given()
                .contentType(ContentType.URLENC)
                .formParam("csrf", csrf)
                .formParam("totp", TotpCodes.next(secret))
                .post("/staff/enrol")
                .then()
                .statusCode(303)
                .header("Location", containsString("done=enrolled"));
        // The initial password must be changed next (staff/page/PasswordPagesTest follows that page).
        PageSession.login(new StaffApi.Account(username, "pages-initial-password", secret))
                .given()
                .get("/staff/queue")
                .then()
                .statusCode(303)
                .header("Location", containsString("/staff/password"));
    }

    @Test
    void anAlertGetsNewVersionsAndIsRetractedThroughThePages() {
        Desk.Filed filed = Desk.file(Fixtures.report());
        int id = Desk.moderator()
                .body(Desk.publish(Desk.draft(Fixtures.AREA, List.of(), "Refused to pay."), false))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(200)
                .extract()
                .path("alert.id");
        moderator().given().get("/staff/alerts/" + id).then().statusCode(200).body(containsString("Refused to pay."));
        String csrf = moderator().csrf("/staff/alerts/" + id + "/edit");
        moderator()
                .form(csrf)
                .formParam("title", "Violent client")
                .formParam("summary", "Refused to pay, then hit her.")
                .formParam("severity", "HIGH")
                .formParam("areas", Fixtures.AREA)
                .formParam("categories", "PHYSICAL_ASSAULT")
                .formParam("action", "publish")
                .post("/staff/alerts/" + id + "/update")
                .then()
                .statusCode(303)
                .header("Location", containsString("done=updated"));
        moderator().form(csrf).post("/staff/alerts/" + id + "/retract").then().statusCode(400);
        moderator()
                .form(csrf)
                .formParam("reason", "Reporter asked us to")
                .post("/staff/alerts/" + id + "/retract")
                .then()
                .statusCode(303);
        moderator()
                .given()
                .get("/staff/alerts/" + id + "?lang=en")
                .then()
                .statusCode(200)
                .body(containsString("Retracted: Reporter asked us to"))
                .body(containsString("Refused to pay, then hit her."));
        assertEquals(3, Db.count("select count(*) from alert_version where alert_id = " + id));
    }

    @Test
    void eachRoleReachesOnlyItsOwnPages() {
        Desk.Filed filed = Desk.file(Fixtures.report());
        List<String> moderation = List.of(
                "/staff/queue",
                "/staff/reports/" + filed.reference(),
                "/staff/reports/" + filed.reference() + "/alert");
        List<String> admin = List.of("/staff/admin/staff", "/staff/admin/areas", "/staff/admin/audit");
        PageSession liaison = PageSession.of(StaffApi.LIAISON);
        PageSession adminSession = PageSession.of(StaffApi.ADMIN);
        for (String path : moderation) {
            moderator().given().get(path).then().statusCode(200);
            liaison.given().get(path).then().statusCode(403);
            adminSession.given().get(path).then().statusCode(403);
            given().redirects().follow(false).get(path).then().statusCode(303);
        }
        for (String path : admin) {
            adminSession.given().get(path).then().statusCode(200);
            liaison.given().get(path).then().statusCode(403);
            moderator().given().get(path).then().statusCode(403);
        }
        liaison.given().get("/staff").then().statusCode(303).header("Location", containsString("/staff/liaison"));
    }
}
