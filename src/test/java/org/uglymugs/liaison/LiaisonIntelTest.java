package org.uglymugs.liaison;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uglymugs.audit.ChainLinks;
import org.uglymugs.support.AuditTargets;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Desk.Filed;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.Liaison;
import org.uglymugs.support.StaffApi;

/** What a liaison officer sees of consented intelligence, who may look, and the audit of every read. */
@QuarkusTest
class LiaisonIntelTest {

    static final Set<String> RECORD_FIELDS = Set.of(
            "reference",
            "categories",
            "area",
            "setting",
            "occurredAt",
            "description",
            "identifiers",
            "linkedReports",
            "intelligence",
            "contactAvailable");

    @Test
    void aRecordCarriesExactlyTheShareableFields() {
        String area = Desk.newArea("intel");
        StaffApi.Account officer = Liaison.officer(area);
        Filed filed = Liaison.ready(area);
        var json = Liaison.as(officer)
                .get(Liaison.INTEL + "/" + filed.reference())
                .then()
                .statusCode(200)
                .body("reference", equalTo(filed.reference()))
                .body("categories", contains("FRAUD"))
                .body("area", equalTo(area))
                .body("setting", equalTo(Fixtures.SETTING))
                .body("occurredAt.from", equalTo("22:00:00"))
                .body("description.marks", equalTo(Fixtures.MARKS))
                .body(
                        "identifiers.value",
                        contains(Fixtures.PHONE_E164, Fixtures.EMAIL_NORMALISED, "AB12CDE", "badguy"))
                .body("linkedReports", equalTo(0))
                .body("intelligence.summary", equalTo(Liaison.SUMMARY))
                .body("intelligence.grading", equalTo("B3C"))
                .body("contactAvailable", equalTo(false))
                .extract();
        Map<String, Object> body = json.jsonPath().getMap("");
        assertEquals(RECORD_FIELDS, body.keySet());
        String text = json.asString();
        for (String secret : new String[] {Fixtures.ACCOUNT, Fixtures.LOCATION_TEXT, "submittedAt", "status", "risk"}) {
            assertFalse(text.contains(secret), secret);
        }
    }

    @Test
    void otherRolesAreRefusedAndAnotherAreasOfficerFindsNothing() {
        String area = Desk.newArea("scope");
        Filed filed = Liaison.ready(area);
        String path = Liaison.INTEL + "/" + filed.reference();
        for (StaffApi.Account staff : new StaffApi.Account[] {StaffApi.MODERATOR, StaffApi.ADMIN}) {
            given().auth().oauth2(StaffApi.token(staff)).get(path).then().statusCode(403);
            given().auth()
                    .oauth2(StaffApi.token(staff))
                    .get(Liaison.INTEL)
                    .then()
                    .statusCode(403);
        }
        given().get(path).then().statusCode(401);
        String enrolling = StaffApi.unique("enrolling");
        given().auth()
                .oauth2(StaffApi.token(StaffApi.ADMIN))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        enrolling,
                        "password",
                        "a-long-enough-password",
                        "roles",
                        Set.of("POLICE_LIAISON"),
                        "areas",
                        Set.of(area)))
                .post("/api/v1/admin/staff")
                .then()
                .statusCode(201);
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("username", enrolling, "password", "a-long-enough-password"))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("token");
        given().auth().oauth2(token).get(path).then().statusCode(403);
        StaffApi.Account elsewhere = Liaison.officer(Desk.newArea("elsewhere"));
        String missing = Liaison.as(elsewhere)
                .get(Liaison.INTEL + "/0000-0000")
                .then()
                .statusCode(404)
                .extract()
                .asString();
        Liaison.as(elsewhere)
                .get(path)
                .then()
                .statusCode(404)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("type", equalTo(Fixtures.REPORT_NOT_FOUND_PROBLEM))
                .body(equalTo(missing));
        Liaison.as(elsewhere).get(Liaison.INTEL).then().statusCode(200).body("items", empty());
    }

    @Test
    void linkedReportsCountOnlyWhatTheOfficerMaySee() {
        String area = Desk.newArea("linked");
        StaffApi.Account officer = Liaison.officer(area);
        Filed first = Liaison.ready(area);
        Liaison.ready(area);
        Liaison.ready(Desk.newArea("other"));
        Desk.file(Liaison.report(area, false, false));
        Liaison.as(officer)
                .get(Liaison.INTEL + "/" + first.reference())
                .then()
                .statusCode(200)
                .body("linkedReports", equalTo(1));
    }

    @Test
    void listsFilterAndEveryReadIsAuditedWithItsReferencesOnly() {
        long firstEntry = ChainLinks.next();
        String area = Desk.newArea("listed");
        StaffApi.Account officer = Liaison.officer(area);
        Filed fraud = Liaison.ready(area);
        Map<String, Object> rape = Liaison.report(area, true, false);
        rape.put("categories", java.util.List.of("RAPE"));
        Filed other = Desk.file(rape);
        Liaison.record(other.reference());
        Liaison.as(officer)
                .get(Liaison.INTEL)
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.reference", containsInAnyOrder(fraud.reference(), other.reference()))
                .body("items[0].grading", equalTo("B3C"));
        Liaison.as(officer)
                .queryParam("category", "RAPE")
                .queryParam("area", area)
                .get(Liaison.INTEL)
                .then()
                .statusCode(200)
                .body("items.reference", contains(other.reference()));
        Liaison.as(officer)
                .queryParam("since", LocalDate.now().plusDays(1).toString())
                .get(Liaison.INTEL)
                .then()
                .body("items", empty());
        Liaison.as(officer)
                .queryParam("since", "yesterday")
                .get(Liaison.INTEL)
                .then()
                .statusCode(400);
        Liaison.as(officer).get(Liaison.INTEL + "/" + fraud.reference()).then().statusCode(200);
        String actor = officer.username();
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_entry where actor = ? and action = 'LIAISON_INTEL_LISTED'"
                                + " and details like '%" + AuditTargets.of(other.reference())
                                + "%' and details like '%RAPE%'",
                        actor));
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_entry where actor = ? and action = 'LIAISON_INTEL_VIEWED'"
                                + " and target = ?",
                        actor,
                        AuditTargets.of(fraud.reference())));
        assertEquals(
                0,
                Db.count(
                        "select count(*) from audit_entry where actor = ? and details like ?",
                        actor,
                        "%" + Liaison.SUMMARY.substring(0, 12) + "%"));
        Liaison.as(officer)
                .get("/api/v1/liaison/me/access")
                .then()
                .statusCode(200)
                .body("items.reference", contains(fraud.reference()))
                .body("items.kind", contains("VIEWED"));
        ChainLinks.assertIntactFrom(firstEntry);
    }
}
