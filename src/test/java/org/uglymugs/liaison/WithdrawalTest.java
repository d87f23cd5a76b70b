package org.uglymugs.liaison;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.uglymugs.audit.ChainLinks;
import org.uglymugs.support.Api;
import org.uglymugs.support.AuditTargets;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Desk.Filed;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.Liaison;
import org.uglymugs.support.PageSession;
import org.uglymugs.support.StaffApi;

/** A withdrawn consent or an erased report leaves the desk at once and reaches exactly those who held it. */
@QuarkusTest
class WithdrawalTest {

    @Test
    void withdrawingPoliceIntelNotifiesExactlyTheOfficersWhoViewedOrExportedIt() {
        long firstEntry = ChainLinks.next();
        String area = Desk.newArea("withdraw");
        StaffApi.Account viewer = Liaison.officer(area);
        StaffApi.Account exporter = Liaison.officer(area);
        StaffApi.Account bystander = Liaison.officer(area);
        Filed filed = Liaison.ready(area);
        String path = Liaison.INTEL + "/" + filed.reference();
        Liaison.as(viewer).get(path).then().statusCode(200);
        Liaison.as(exporter).get(path + "/export?format=csv").then().statusCode(200);
        Liaison.as(bystander).get(Liaison.INTEL).then().body("items.reference", hasItem(filed.reference()));

        Liaison.withdraw(filed.receipt(), false);

        Liaison.as(bystander).get(Liaison.INTEL).then().body("items", empty());
        Liaison.as(viewer).get(path).then().statusCode(404);
        for (StaffApi.Account holder : new StaffApi.Account[] {viewer, exporter}) {
            Liaison.as(holder)
                    .get("/api/v1/liaison/notices")
                    .then()
                    .statusCode(200)
                    .body("reference", contains(filed.reference()))
                    .body("reason", contains("CONSENT_WITHDRAWN"));
        }
        Liaison.as(bystander).get("/api/v1/liaison/notices").then().body("$", empty());
        assertEquals(
                0,
                Db.count(
                        "select count(*) from liaison_notice where reference = ?"
                                + " and extract(second from created_at) <> 0",
                        filed.reference()),
                "a notice the reporter set off is timed to the minute");

        String admin = StaffApi.token(StaffApi.ADMIN);
        given().auth()
                .oauth2(admin)
                .get("/api/v1/admin/liaison/notices")
                .then()
                .statusCode(200)
                .body(
                        "findAll { it.reference == '" + filed.reference() + "' }.liaison.sort()",
                        equalTo(java.util.stream.Stream.of(viewer.username(), exporter.username())
                                .sorted()
                                .toList()));
        int id = Liaison.as(viewer).get("/api/v1/liaison/notices").jsonPath().getInt("[0].id");
        Liaison.as(exporter)
                .post("/api/v1/liaison/notices/" + id + "/acknowledge")
                .then()
                .statusCode(404);
        Liaison.as(viewer)
                .post("/api/v1/liaison/notices/" + id + "/acknowledge")
                .then()
                .statusCode(200)
                .body("acknowledgedAt", notNullValue());
        given().auth()
                .oauth2(admin)
                .get("/api/v1/admin/liaison/notices")
                .then()
                .body("liaison", not(hasItem(viewer.username())))
                .body("liaison", hasItem(exporter.username()));
        PageSession.of(StaffApi.ADMIN)
                .given()
                .get("/staff/admin/liaison-notices?lang=en")
                .then()
                .statusCode(200)
                .body(containsString("<td>" + exporter.username() + "</td>"))
                .body(not(containsString("<td>" + viewer.username() + "</td>")));
        PageSession.login(viewer)
                .given()
                .get("/staff/admin/liaison-notices")
                .then()
                .statusCode(403);
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_entry where actor = ? and action = 'LIAISON_NOTICE_ACKNOWLEDGED'"
                                + " and target = ?",
                        viewer.username(),
                        AuditTargets.of(filed.reference())));
        ChainLinks.assertIntactFrom(firstEntry);
    }

    @Test
    void erasingTheReportNotifiesItsHoldersWithTheReferenceOnly() {
        String area = Desk.newArea("erase");
        StaffApi.Account viewer = Liaison.officer(area);
        Filed filed = Liaison.reportWithContact(area);
        Liaison.as(viewer)
                .get(Liaison.INTEL + "/" + filed.reference() + "/contact")
                .then()
                .statusCode(200);
        Liaison.as(viewer)
                .post(Liaison.INTEL + "/" + filed.reference() + "/contact/contacted")
                .then()
                .statusCode(204);
        Api.withReceipt(filed.receipt()).delete(Fixtures.MY_REPORT_PATH).then().statusCode(204);
        Liaison.as(viewer)
                .get("/api/v1/liaison/notices")
                .then()
                .body("reference", contains(filed.reference()))
                .body("reason", contains("ERASED"));
        assertEquals(0, Db.count("select count(*) from liaison_contact where reference = ?", filed.reference()));
        Liaison.as(viewer)
                .get("/api/v1/liaison/me/access")
                .then()
                .body("items.kind", contains("CONTACTED", "CONTACT_VIEWED"));
    }
}
