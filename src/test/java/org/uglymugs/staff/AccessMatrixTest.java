package org.uglymugs.staff;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.StaffApi;

/**
 * Who reaches which staff endpoint: anonymous callers, a reporter's receipt and a made-up token
 * get 401; an account still enrolling 2FA, a police liaison officer, a moderator on admin endpoints
 * and an admin on moderation endpoints get 403; the one role each endpoint is for gets its answer.
 */
@QuarkusTest
class AccessMatrixTest {

    enum Who {
        ANONYMOUS,
        RECEIPT,
        MADE_UP_TOKEN,
        ENROLLING,
        LIAISON,
        MODERATOR,
        ADMIN
    }

    record Endpoint(String method, Supplier<String> path, Supplier<Object> body, Who allowed, int ok) {}

    private Desk.Filed report;
    private int alertId;
    private long staffId;
    private String area;
    private String enrollingToken;

    @BeforeEach
    void targets() {
        Map<String, Object> body = Fixtures.report();
        report = Desk.file(body);
        alertId = Desk.moderator()
                .body(Desk.publish(Desk.draft(Fixtures.AREA, List.of(), "Refused to pay and became violent."), false))
                .post("/api/v1/moderation/reports/"
                        + Desk.file(Fixtures.report()).reference() + "/decision")
                .then()
                .statusCode(200)
                .extract()
                .path("alert.id");
        String username = StaffApi.unique("target");
        staffId = ((Number) given().auth()
                        .oauth2(StaffApi.token(StaffApi.ADMIN))
                        .contentType(ContentType.JSON)
                        .body(Map.of(
                                "username",
                                username,
                                "password",
                                "a-long-enough-password",
                                "roles",
                                Set.of("MODERATOR")))
                        .post("/api/v1/admin/staff")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        enrollingToken = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "a-long-enough-password"))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("token");
        area = Desk.newArea("matrix");
    }

    private List<Endpoint> endpoints() {
        String m = "/api/v1/moderation";
        Map<String, Object> draft = Desk.draft(Fixtures.AREA, List.of(), "Refused to pay and became violent again.");
        return List.of(
                new Endpoint("GET", () -> m + "/queue", null, Who.MODERATOR, 200),
                new Endpoint("GET", () -> m + "/reports/" + report.reference(), null, Who.MODERATOR, 200),
                new Endpoint("POST", () -> m + "/reports/" + report.reference() + "/claim", null, Who.MODERATOR, 200),
                // the matrix's report asked for no support contact: a moderator is answered 409, never the contact
                new Endpoint(
                        "POST",
                        () -> m + "/reports/" + report.reference() + "/contact",
                        () -> Map.of("reason", "SUPPORT_REQUESTED"),
                        Who.MODERATOR,
                        409),
                new Endpoint(
                        "POST",
                        () -> m + "/reports/" + report.reference() + "/messages",
                        () -> Map.of("body", "A question"),
                        Who.MODERATOR,
                        204),
                new Endpoint(
                        "POST",
                        () -> m + "/reports/" + report.reference() + "/notes",
                        () -> Map.of("body", "A note"),
                        Who.MODERATOR,
                        201),
                new Endpoint(
                        "POST",
                        () -> m + "/reports/" + report.reference() + "/pii-check",
                        () -> draft,
                        Who.MODERATOR,
                        200),
                new Endpoint(
                        "POST",
                        () -> m + "/reports/" + report.reference() + "/decision",
                        () -> Map.of("decision", "RECORD"),
                        Who.MODERATOR,
                        200),
                new Endpoint("GET", () -> m + "/alerts/" + alertId, null, Who.MODERATOR, 200),
                new Endpoint(
                        "POST",
                        () -> m + "/alerts/" + alertId + "/update",
                        () -> Map.of("alert", draft),
                        Who.MODERATOR,
                        200),
                new Endpoint(
                        "POST",
                        () -> m + "/alerts/" + alertId + "/retract",
                        () -> Map.of("reason", "Test"),
                        Who.MODERATOR,
                        200),
                new Endpoint("GET", () -> "/api/v1/admin/staff", null, Who.ADMIN, 200),
                new Endpoint("GET", () -> "/api/v1/admin/staff/" + staffId, null, Who.ADMIN, 200),
                new Endpoint(
                        "POST",
                        () -> "/api/v1/admin/staff",
                        () -> Map.of(
                                "username",
                                StaffApi.unique("new"),
                                "password",
                                "a-long-enough-password",
                                "roles",
                                Set.of("MODERATOR")),
                        Who.ADMIN,
                        201),
                new Endpoint(
                        "PUT",
                        () -> "/api/v1/admin/staff/" + staffId + "/areas",
                        () -> Map.of("areas", Set.of(Fixtures.AREA)),
                        Who.ADMIN,
                        200),
                new Endpoint("POST", () -> "/api/v1/admin/staff/" + staffId + "/reset-2fa", null, Who.ADMIN, 200),
                new Endpoint("POST", () -> "/api/v1/admin/staff/" + staffId + "/disable", null, Who.ADMIN, 200),
                new Endpoint("POST", () -> "/api/v1/admin/staff/" + staffId + "/enable", null, Who.ADMIN, 200),
                new Endpoint("GET", () -> "/api/v1/admin/areas", null, Who.ADMIN, 200),
                new Endpoint(
                        "POST",
                        () -> "/api/v1/admin/areas",
                        () -> Map.of("id", StaffApi.unique("a"), "name", "New area"),
                        Who.ADMIN,
                        201),
                new Endpoint(
                        "PUT",
                        () -> "/api/v1/admin/areas/" + area,
                        () -> Map.of("name", "Renamed", "active", true),
                        Who.ADMIN,
                        200),
                new Endpoint("GET", () -> "/api/v1/admin/audit", null, Who.ADMIN, 200),
                new Endpoint("GET", () -> "/api/v1/admin/audit/verify", null, Who.ADMIN, 200));
    }

    @Test
    void everyRoleReachesOnlyItsOwnEndpoints() {
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            for (Endpoint e : endpoints()) {
                int expected = e.allowed() == who ? e.ok() : who.ordinal() <= Who.MADE_UP_TOKEN.ordinal() ? 401 : 403;
                RequestSpecification request = as(who);
                if (e.body() != null) {
                    request.contentType(ContentType.JSON).body(e.body().get());
                }
                int status = request.request(e.method(), e.path().get()).statusCode();
                if (status != expected) {
                    wrong.add(who + " " + e.method() + " " + e.path().get() + ": " + status + ", expected " + expected);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void anAccountStillEnrollingReachesOnlyEnrolment() {
        given().auth()
                .oauth2(enrollingToken)
                .get("/api/v1/auth/enrolment")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(StaffApi.token(StaffApi.MODERATOR))
                .get("/api/v1/auth/enrolment")
                .then()
                .statusCode(403);
        given().get("/api/v1/auth/me").then().statusCode(401);
    }

    @Test
    void aLiaisonNeverReachesModerationEvenWithAnotherRolesTarget() {
        String token = StaffApi.token(StaffApi.LIAISON);
        given().auth()
                .oauth2(token)
                .get("/api/v1/moderation/reports/" + report.reference())
                .then()
                .statusCode(403);
        assertEquals(
                0, Db.count("select count(*) from audit_entry where action = 'REPORT_VIEWED' and actor = 'liaison'"));
    }

    private RequestSpecification as(Who who) {
        RequestSpecification request = given();
        return switch (who) {
            case ANONYMOUS -> request;
            case RECEIPT -> request.header("X-Receipt", report.receipt());
            case MADE_UP_TOKEN -> request.auth().oauth2("made-up-token-that-was-never-issued");
            case ENROLLING -> request.auth().oauth2(enrollingToken);
            case LIAISON -> request.auth().oauth2(StaffApi.token(StaffApi.LIAISON));
            case MODERATOR -> request.auth().oauth2(StaffApi.token(StaffApi.MODERATOR));
            case ADMIN -> request.auth().oauth2(StaffApi.token(StaffApi.ADMIN));
        };
    }
}
