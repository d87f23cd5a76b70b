package org.uglymugs.staff.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.uglymugs.audit.Tamper;
import org.uglymugs.support.Db;
import org.uglymugs.support.PageSession;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.TestClock;

/** What admins change through the pages: row actions on accounts, areas, and reading and checking the audit log. */
@QuarkusTest
class AdminPageActionsTest {

    static final String STAFF = "/staff/admin/staff";
    static final String AREAS = "/staff/admin/areas";
    static final String AUDIT = "/staff/admin/audit";
    static final String AREA = "metropolitan";
    static final String OTHER_AREA = "kent";
    static final String NAME = "Isle of Forms";
    static final Pattern ENTRY_ROW = Pattern.compile("<tr id=\"entry-\\d+\">");
    static final Pattern NEXT = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"");

    @Test
    void rowActionsChangeOneAccountAndComeBackToTheList() {
        PageSession admin = PageSession.of(StaffApi.ADMIN);
        // Sorts first, so that the row is on the list's first page however many accounts other tests made.
        String username = StaffApi.unique("0rows");
        StaffApi.create(username, Set.of("POLICE_LIAISON"), Set.of(AREA));
        long id = Db.count("select id from staff_account where username = '" + username + "'");
        String csrf = admin.csrf(STAFF);
        String row = STAFF + "/" + id;

        admin.form(csrf)
                .formParam("page", "0")
                .formParam("size", "20")
                .post(row + "/disable")
                .then()
                .statusCode(303)
                .header("Location", endsWith("done=disabled#staff-" + id));
        assertEquals(1, Db.count("select count(*) from staff_account where disabled and id = " + id));
        admin.form(csrf)
                .post(row + "/enable")
                .then()
                .statusCode(303)
                .header("Location", containsString("done=enabled"));
        assertEquals(0, Db.count("select count(*) from staff_account where disabled and id = " + id));

        admin.form(csrf)
                .post(row + "/reset-2fa")
                .then()
                .statusCode(400)
                .body(containsString("id=\"confirm-" + id + "-error\""))
                .body(containsString("Tick the box to confirm first."));
        assertEquals(1, Db.count("select count(*) from staff_account where totp_enrolled and id = " + id));
        admin.form(csrf)
                .formParam("confirm", "true")
                .post(row + "/reset-2fa")
                .then()
                .statusCode(303)
                .header("Location", containsString("done=reset"));
        assertEquals(0, Db.count("select count(*) from staff_account where totp_enrolled and id = " + id));

        admin.form(csrf)
                .formParam("areas", AREA)
                .formParam("areas", OTHER_AREA)
                .post(row + "/areas")
                .then()
                .statusCode(303)
                .header("Location", containsString("done=areas"));
        admin.form(csrf)
                .formParam("areas", AREA)
                .formParam("areas", "atlantis")
                .post(row + "/areas")
                .then()
                .statusCode(400)
                .body(containsString("id=\"areas-" + id + "-error\""))
                .body(containsString("<details open>"));
        assertEquals(
                2,
                Db.count("select count(*) from staff_area where staff_id = " + id + " and area_id in ('" + AREA + "', '"
                        + OTHER_AREA + "')"));
        for (String action : List.of("STAFF_DISABLED", "STAFF_ENABLED", "TOTP_RESET", "STAFF_AREAS_CHANGED")) {
            assertEquals(
                    1,
                    Db.count("select count(*) from audit_entry where actor = 'admin' and action = '" + action
                            + "' and target = '" + username + "'"),
                    action);
        }
        admin.form(csrf).post(STAFF + "/999999999/disable").then().statusCode(404);
    }

    @Test
    void theStaffListPages() {
        PageSession admin = PageSession.of(StaffApi.ADMIN);
        String html = admin.given()
                .get(STAFF + "?lang=en&size=1")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(html.contains("Page 1 of "), "where we are");
        assertTrue(html.contains("href=\"/staff/admin/staff?lang=en&amp;page=1&amp;size=1\" rel=\"next\""));
        admin.given()
                .get(STAFF + "?lang=en&page=1&size=1")
                .then()
                .statusCode(200)
                .body(containsString("Page 2 of "))
                .body(containsString("rel=\"prev\""));
        admin.given()
                .get(STAFF + "?lang=en&size=500")
                .then()
                .statusCode(400)
                .body(containsString("That page does not exist."));
    }

    @Test
    void areasAreAddedRenamedAndSwitchedOffThroughTheForms() {
        PageSession admin = PageSession.of(StaffApi.ADMIN);
        String id = StaffApi.unique("form");
        String csrf = admin.csrf(AREAS);
        admin.form(csrf)
                .formParam("id", id)
                .formParam("name", NAME)
                .post(AREAS)
                .then()
                .statusCode(303)
                .header("Location", endsWith("done=area-created#area-" + id));
        given().get("/api/v1/areas").then().body("find { it.id == '" + id + "' }.name", equalTo(NAME));

        admin.form(csrf)
                .formParam("id", id)
                .formParam("name", NAME)
                .post(AREAS)
                .then()
                .statusCode(400)
                .body(containsString("id=\"id-error\""))
                .body(containsString("This is already in use."));
        admin.form(csrf)
                .formParam("id", "Not Valid")
                .formParam("name", NAME)
                .post(AREAS)
                .then()
                .statusCode(400)
                .body(containsString("id=\"id-error\""))
                .body(containsString("value=\"Not Valid\""));

        admin.form(csrf)
                .formParam("name", " ")
                .formParam("active", "true")
                .post(AREAS + "/" + id)
                .then()
                .statusCode(400)
                .body(containsString("id=\"name-" + id + "-error\""));
        admin.form(csrf)
                .formParam("name", NAME + " North")
                .post(AREAS + "/" + id)
                .then()
                .statusCode(303)
                .header("Location", containsString("done=area-saved"));
        assertEquals(
                1,
                Db.count("select count(*) from area where not active and id = '" + id + "' and name = '" + NAME
                        + " North'"));
        given().get("/api/v1/areas").then().body("id", not(hasItem(id)));
        admin.given()
                .get(AREAS + "?lang=en")
                .then()
                .statusCode(200)
                .body(containsString("<tr id=\"area-" + id + "\" class=\"inactive\">"));
        assertEquals(
                1,
                Db.count("select count(*) from audit_entry where action = 'AREA_CHANGED' and target = '" + id + "'"));
    }

    @Test
    void theAuditPageFiltersPagesAndIsItselfAudited() {
        PageSession admin = PageSession.of(StaffApi.ADMIN);
        String target = StaffApi.unique("seen");
        long id = given().auth()
                .oauth2(StaffApi.token(StaffApi.ADMIN))
                .contentType(ContentType.JSON)
                .body(Map.of("username", target, "password", "a-long-initial-password", "roles", List.of("MODERATOR")))
                .post("/api/v1/admin/staff")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        admin.form(admin.csrf(STAFF)).post(STAFF + "/" + id + "/disable").then().statusCode(303);

        long viewed = Db.count("select count(*) from audit_entry where action = 'AUDIT_VIEWED'");
        String one = admin.given()
                .get(AUDIT + "?lang=en&target=" + target + "&action=STAFF_DISABLED")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(1, rows(one));
        assertTrue(one.contains("<code>STAFF_DISABLED</code>") && !one.contains("<code>STAFF_CREATED</code>"));
        assertTrue(one.contains("<option value=\"STAFF_DISABLED\" selected>"), "the filter is kept");
        assertEquals(viewed + 1, Db.count("select count(*) from audit_entry where action = 'AUDIT_VIEWED'"));

        String first = admin.given()
                .get(AUDIT + "?lang=en&target=" + target + "&size=1")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(first.contains("<code>STAFF_DISABLED</code>"), "newest first");
        Matcher next = NEXT.matcher(first);
        assertTrue(next.find(), "a link to the next page");
        String href = next.group(1).replace("&amp;", "&");
        assertTrue(href.contains("target=" + target) && href.contains("page=1") && href.contains("size=1"), href);
        String second = admin.given()
                .urlEncodingEnabled(false)
                .get(href)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(1, rows(second));
        assertTrue(second.contains("<code>STAFF_CREATED</code>"));

        String today = LocalDate.now(TestClock.current()).toString();
        String tomorrow = LocalDate.now(TestClock.current()).plusDays(1).toString();
        assertEquals(
                2,
                rows(admin.given()
                        .get(AUDIT + "?target=" + target + "&from=" + today + "&to=" + today)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()),
                "to includes its whole day");
        admin.given()
                .get(AUDIT + "?lang=en&target=" + target + "&from=" + tomorrow)
                .then()
                .statusCode(200)
                .body(containsString("No entries match these filters."));
        admin.given()
                .get(AUDIT + "?lang=en&from=31-12-2026&action=NOPE")
                .then()
                .statusCode(400)
                .body(containsString("id=\"from-error\""))
                .body(containsString("id=\"action-error\""));
    }

    @Test
    void verifyingThroughThePageAnswersAsTheApiDoes() {
        PageSession admin = PageSession.of(StaffApi.ADMIN);
        long victim = Tamper.ownEntries().get(1);
        assertTrue(Tamper.verify().getBoolean("intact"), "no test leaves the chain broken");
        long verified = Db.count("select count(*) from audit_entry where action = 'AUDIT_VERIFIED'");
        String intact = admin.form(admin.csrf(AUDIT))
                .post(AUDIT + "/verify")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(intact.contains("The chain is intact:"), "intact as the API says");
        assertEquals(verified + 1, Db.count("select count(*) from audit_entry where action = 'AUDIT_VERIFIED'"));

        Tamper.behindTheBack("update audit_entry set actor = 'mallory' where id = " + victim);
        try {
            assertEquals(victim, Tamper.verify().getLong("firstBrokenId"));
            String broken = admin.form(admin.csrf(AUDIT))
                    .post(AUDIT + "/verify")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertTrue(broken.contains("The chain is broken at entry " + victim + "."), "broken where the API says");
            assertTrue(broken.contains("content does not match its hash"), broken);
        } finally {
            Tamper.behindTheBack("update audit_entry set actor = 'admin' where id = " + victim);
        }
        assertTrue(Tamper.verify().getBoolean("intact"));
    }

    static int rows(String html) {
        return (int) ENTRY_ROW.matcher(html).results().count();
    }
}
