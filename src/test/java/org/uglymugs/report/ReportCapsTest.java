package org.uglymugs.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uglymugs.support.Fixtures.MY_INCIDENTS_PATH;
import static org.uglymugs.support.Fixtures.MY_MESSAGES_PATH;
import static org.uglymugs.support.Fixtures.PROBLEM_JSON;
import static org.uglymugs.support.Fixtures.PROBLEM_TYPE_PREFIX;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uglymugs.common.web.LowRateLimitsProfile;
import org.uglymugs.common.web.RateLimiter;
import org.uglymugs.support.Api;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Fixtures;

/** Review L2: a report holds at most so many incidents and messages; past that, a 409 and a page message. */
@QuarkusTest
@TestProfile(LowRateLimitsProfile.class)
class ReportCapsTest {

    private static final String REPORT_FULL = PROBLEM_TYPE_PREFIX + "report-full";
    private static final String PAGE_MESSAGE = "This report holds as much as one report can.";

    @Inject
    RateLimiter limiter;

    @BeforeEach
    void fullBuckets() {
        limiter.rotateSalt();
    }

    @Test
    void incidentsPerReportAreCappedOnTheApiAndThePage() {
        Api.Submitted report = Api.submit();
        for (int i = 0; i < LowRateLimitsProfile.MAX_INCIDENTS; i++) {
            Api.withReceipt(report.receipt())
                    .body(Fixtures.incident())
                    .post(MY_INCIDENTS_PATH)
                    .then()
                    .statusCode(201);
        }
        Api.withReceipt(report.receipt())
                .body(Fixtures.incident())
                .post(MY_INCIDENTS_PATH)
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(REPORT_FULL));
        given().contentType(ContentType.URLENC)
                .formParam("lang", "en")
                .formParam("receipt", report.receipt())
                .formParam("incident.date", LocalDate.now().minusDays(1).toString())
                .formParam("incident.whatHappened", Fixtures.INCIDENT_WHAT_HAPPENED)
                .post("/my-report/incidents")
                .then()
                .statusCode(400)
                .body(containsString(PAGE_MESSAGE));
        assertEquals(
                LowRateLimitsProfile.MAX_INCIDENTS,
                Db.count("select count(*) from report_incident where report_id = ?", Db.reportId(report.reference())));
    }

    @Test
    void messagesPerReportAreCappedForReporterAndModeratorsTogether() {
        Api.Submitted report = Api.submit();
        for (int i = 0; i < LowRateLimitsProfile.MAX_MESSAGES; i++) {
            Api.withReceipt(report.receipt())
                    .body(Fixtures.message(Fixtures.MESSAGE))
                    .post(MY_MESSAGES_PATH)
                    .then()
                    .statusCode(201);
        }
        Api.withReceipt(report.receipt())
                .body(Fixtures.message(Fixtures.MESSAGE))
                .post(MY_MESSAGES_PATH)
                .then()
                .statusCode(409)
                .body("type", equalTo(REPORT_FULL));
        given().contentType(ContentType.URLENC)
                .formParam("lang", "en")
                .formParam("receipt", report.receipt())
                .formParam("message.body", Fixtures.MESSAGE)
                .post("/my-report/messages")
                .then()
                .statusCode(400)
                .body(containsString(PAGE_MESSAGE));
        String moderation = "/api/v1/moderation/reports/" + report.reference();
        Desk.moderator().post(moderation + "/claim").then().statusCode(200);
        Desk.moderator()
                .body(Map.of("body", "One more question"))
                .post(moderation + "/messages")
                .then()
                .statusCode(409)
                .body("type", equalTo(REPORT_FULL));
        assertEquals(
                LowRateLimitsProfile.MAX_MESSAGES,
                Db.count("select count(*) from report_message where report_id = ?", Db.reportId(report.reference())));
    }
}
