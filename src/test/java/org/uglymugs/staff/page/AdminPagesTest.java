package org.uglymugs.staff.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.PageSession;
import org.uglymugs.support.StaffApi;

/** The admin pages: who may see them, the strict page rules, CSRF, the create form, and Dutch. */
@QuarkusTest
class AdminPagesTest {

    static final List<String> PAGES = List.of("/staff/admin/staff", "/staff/admin/areas", "/staff/admin/audit");
    static final String STAFF = "/staff/admin/staff";
    static final String CSP = "default-src 'none'";
    static final String PASSWORD = "a-long-initial-password";
    static final String WRONG_CSRF = "not-the-token-of-this-session";

    @Test
    void everyPageRendersWithAStrictPolicyAndNoScript() {
        PageSession admin = PageSession.of(StaffApi.ADMIN);
        for (String path : PAGES) {
            String html = admin.given()
                    .get(path + "?lang=en")
                    .then()
                    .statusCode(200)
                    .contentType(ContentType.HTML)
                    .header("Content-Security-Policy", containsString(CSP))
                    .header("Cache-Control", "no-store")
                    .extract()
                    .asString();
            assertEquals(-1, html.indexOf("<script"), path + " must not need JavaScript");
            assertEquals(-1, html.indexOf("style=\""), path + " has no inline styles (the CSP forbids them)");
            assertTrue(html.contains("name=\"csrf\""), path + " carries the CSRF token in its forms");
            assertTrue(html.contains("<label"), path + " labels its inputs");
        }
    }

    @Test
    void anAdminCreatesAnAccountThroughTheForm() {
        PageSession admin = PageSession.of(StaffApi.ADMIN);
        String username = StaffApi.unique("page");
        admin.form(admin.csrf(STAFF))
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .formParam("roles", "POLICE_LIAISON")
                .formParam("areas", "metropolitan")
                .post(STAFF)
                .then()
                .statusCode(303)
                .header("Location", containsString("done=created"));
        assertEquals(
                1,
                Db.count("select count(*) from staff_account a join staff_role r on r.staff_id = a.id "
                        + "join staff_area s on s.staff_id = a.id where a.username = '" + username
                        + "' and r.role = 'POLICE_LIAISON' and s.area_id = 'metropolitan' and not a.totp_enrolled"));
        assertEquals(
                1,
                Db.count("select count(*) from audit_entry where action = 'STAFF_CREATED' and actor = '"
                        + StaffApi.ADMIN.username() + "' and target = '" + username + "'"));
        admin.given()
                .get(STAFF + "?lang=en&size=100&done=created")
                .then()
                .statusCode(200)
                .body(containsString("The account was created."))
                .body(containsString(username));
    }

    @Test
    void badInputIsShownNextToTheFieldsAndKeptExceptThePassword() {
        PageSession admin = PageSession.of(StaffApi.ADMIN);
        String typed = "Not A Valid Name";
        String html = admin.form(admin.csrf(STAFF))
                .formParam("username", typed)
                .formParam("password", "short")
                .post(STAFF)
                .then()
                .statusCode(400)
                .contentType(ContentType.HTML)
                .extract()
                .asString();
        assertTrue(html.contains("id=\"username-error\""), "error next to the username");
        assertTrue(html.contains("id=\"password-error\""), "error next to the password");
        assertTrue(html.contains("id=\"roles-error\""), "error next to the roles");
        assertTrue(html.contains("value=\"" + typed + "\""), "the username is kept");
        assertTrue(!html.contains("value=\"short\""), "the password is never sent back");
        assertEquals(0, Db.count("select count(*) from staff_account where username = '" + typed + "'"));

        String taken = admin.form(admin.csrf(STAFF))
                .formParam("username", StaffApi.MODERATOR.username())
                .formParam("password", PASSWORD)
                .formParam("roles", "MODERATOR")
                .post(STAFF)
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertTrue(taken.contains("This is already in use."), "a taken username is named");
    }

    @Test
    void aFormWithoutTheRightCsrfTokenChangesNothing() {
        PageSession admin = PageSession.of(StaffApi.ADMIN);
        String username = StaffApi.unique("csrf");
        for (String csrf : new String[] {
            null, WRONG_CSRF, PageSession.of(StaffApi.MODERATOR).csrfFromServer()
        }) {
            admin.form(csrf)
                    .formParam("username", username)
                    .formParam("password", PASSWORD)
                    .formParam("roles", "MODERATOR")
                    .post(STAFF)
                    .then()
                    .statusCode(403);
        }
        assertEquals(0, Db.count("select count(*) from staff_account where username = '" + username + "'"));

        long moderatorId = Db.count("select id from staff_account where username = 'moderator'");
        admin.form(WRONG_CSRF)
                .post(STAFF + "/" + moderatorId + "/disable")
                .then()
                .statusCode(403);
        admin.form(WRONG_CSRF)
                .formParam("id", "csrf-area")
                .formParam("name", "Nowhere")
                .post("/staff/admin/areas")
                .then()
                .statusCode(403);
        admin.form(null).post("/staff/admin/audit/verify").then().statusCode(403);
        assertEquals(0, Db.count("select count(*) from staff_account where id = " + moderatorId + " and disabled"));
        assertEquals(0, Db.count("select count(*) from area where id = 'csrf-area'"));
    }

    @Test
    void aModeratorIsRefusedEveryAdminPage() {
        PageSession moderator = PageSession.of(StaffApi.MODERATOR);
        for (String path : PAGES) {
            moderator.given().get(path).then().statusCode(403).body(not(containsString("csrf")));
        }
        String username = StaffApi.unique("bymod");
        moderator
                .form(moderator.csrfFromServer())
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .formParam("roles", "ADMIN")
                .post(STAFF)
                .then()
                .statusCode(403);
        assertEquals(0, Db.count("select count(*) from staff_account where username = '" + username + "'"));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        for (String path : PAGES) {
            given().redirects()
                    .follow(false)
                    .get(path)
                    .then()
                    .statusCode(303)
                    .header("Location", endsWith("/staff/login"));
        }
        given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .formParam("username", "x")
                .post(STAFF)
                .then()
                .statusCode(303)
                .header("Location", endsWith("/staff/login"));
        given().redirects()
                .follow(false)
                .cookie(PageSession.COOKIE, "no-such-session")
                .get(STAFF)
                .then()
                .statusCode(303)
                .header("Location", endsWith("/staff/login"));
    }

    @Test
    void thePagesSpeakDutch() {
        PageSession admin = PageSession.of(StaffApi.ADMIN);
        admin.given()
                .get(STAFF + "?lang=nl")
                .then()
                .statusCode(200)
                .body(containsString("lang=\"nl\""))
                .body(containsString("Medewerkersaccounts"))
                .body(containsString("Een medewerker toevoegen"));
        admin.given()
                .get("/staff/admin/areas?lang=nl")
                .then()
                .statusCode(200)
                .body(containsString("Een gebied toevoegen"));
        admin.given()
                .header("Accept-Language", "nl-NL,nl;q=0.9")
                .get("/staff/admin/audit")
                .then()
                .statusCode(200)
                .body(containsString("Keten controleren"));
    }
}
