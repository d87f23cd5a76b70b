package org.uglymugs.liaison.page;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Desk.Filed;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.Liaison;
import org.uglymugs.support.PageSession;
import org.uglymugs.support.StaffApi;

/** The liaison pages: dashboard, filtered list, record with exports and contact, access history; en and nl. */
@QuarkusTest
class LiaisonPagesTest {

    @Test
    void anOfficerWorksTheDeskFromThePages() {
        String area = Desk.newArea("pages");
        StaffApi.Account officer = Liaison.officer(area);
        PageSession session = PageSession.login(officer);
        Filed filed = Liaison.reportWithContact(area);
        String record = "/staff/liaison/intel/" + filed.reference();

        session.given().get("/staff").then().statusCode(303).header("Location", containsString("/staff/liaison"));
        session.given()
                .get("/staff/liaison?lang=en")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("default-src"))
                .body(
                        containsString("Police liaison desk"),
                        containsString(filed.reference()),
                        not(containsString("<script")));
        session.given()
                .get("/staff/liaison/intel?lang=en&category=FRAUD&area=" + area)
                .then()
                .statusCode(200)
                .body(containsString(filed.reference()));
        session.given()
                .get(record + "?lang=en")
                .then()
                .statusCode(200)
                .body(
                        containsString(Liaison.SUMMARY),
                        containsString(Fixtures.MARKS),
                        containsString("B3C"),
                        not(containsString(Fixtures.ACCOUNT)),
                        not(containsString(Fixtures.LOCATION_TEXT)),
                        not(containsString(Fixtures.CONTACT_EMAIL)));
        byte[] pdf = session.given()
                .get(record + "/export?format=pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF"));

        String csrf =
                PageSession.csrfIn(session.given().get(record + "?lang=en").asString());
        session.form(csrf)
                .post(record + "/contact")
                .then()
                .statusCode(200)
                .body(containsString(Fixtures.CONTACT_EMAIL));
        session.form(null).post(record + "/contacted").then().statusCode(403);
        session.form(csrf)
                .post(record + "/contacted")
                .then()
                .statusCode(303)
                .header("Location", containsString("done=contacted"));
        session.given()
                .get("/staff/liaison/access?lang=en")
                .then()
                .statusCode(200)
                .body(
                        containsString("Contact details shown"),
                        containsString("Marked as contacted"),
                        containsString("Exported"));
        session.given()
                .get("/staff/liaison?lang=nl")
                .then()
                .statusCode(200)
                .body(containsString("Bureau voor politiecontactpersonen"));
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_entry where actor = ? and action = 'LIAISON_CONTACT_VIEWED'",
                        officer.username()));
    }

    @Test
    void otherRolesAndOtherAreasReachNoLiaisonPage() {
        String area = Desk.newArea("page-scope");
        Filed filed = Liaison.ready(area);
        String record = "/staff/liaison/intel/" + filed.reference();
        for (StaffApi.Account staff : new StaffApi.Account[] {StaffApi.MODERATOR, StaffApi.ADMIN}) {
            PageSession.of(staff).given().get("/staff/liaison").then().statusCode(403);
            PageSession.of(staff).given().get(record).then().statusCode(403);
        }
        PageSession elsewhere = PageSession.login(Liaison.officer(Desk.newArea("page-elsewhere")));
        elsewhere
                .given()
                .get(record + "?lang=en")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(allOf(not(containsString(Liaison.SUMMARY)), not(containsString(Fixtures.MARKS))));
        elsewhere.given().get(record + "/export?format=pdf").then().statusCode(404);
        Map<String, Object> none = Liaison.report(area, false, false);
        Filed withoutConsent = Desk.file(none);
        Liaison.record(withoutConsent.reference());
        PageSession.login(Liaison.officer(area))
                .given()
                .get("/staff/liaison/intel/" + withoutConsent.reference())
                .then()
                .statusCode(404);
    }
}
