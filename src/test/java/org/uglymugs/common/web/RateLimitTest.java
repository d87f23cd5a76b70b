package org.uglymugs.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uglymugs.support.Fixtures.MY_REPORT_PATH;
import static org.uglymugs.support.Fixtures.PROBLEM_JSON;
import static org.uglymugs.support.Fixtures.PROBLEM_TYPE_PREFIX;
import static org.uglymugs.support.Fixtures.REPORTS_PATH;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Api;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.Subscribers;

/**
 * The limits hold on every door to the limited work, JSON and HTML alike (reports, receipts,
 * logins, subscription requests, manage tokens), and mistakes on the report form cost nothing. Each test starts with full buckets (a salt rotation forgets them all).
 */
@QuarkusTest
@TestProfile(LowRateLimitsProfile.class)
class RateLimitTest {

    private static final String RATE_LIMITED = PROBLEM_TYPE_PREFIX + "rate-limited";
    private static final String RETRY_AFTER = "Retry-After";
    private static final long PERIOD_SECONDS =
            Duration.parse(LowRateLimitsProfile.PERIOD).toSeconds();

    @Inject
    RateLimiter limiter;

    @BeforeEach
    void fullBuckets() {
        limiter.rotateSalt();
    }

    @Test
    void aReportOverTheLimitIsRefusedAndNotStored() {
        // Mistakes cost nothing: refused input does not use up the reporter's allowance.
        for (int i = 0; i < LowRateLimitsProfile.REPORTS_CAPACITY + 2; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("account", "too little"))
                    .when()
                    .post(REPORTS_PATH)
                    .then()
                    .statusCode(400);
        }
        for (int i = 0; i < LowRateLimitsProfile.REPORTS_CAPACITY; i++) {
            Api.submit();
        }
        Map<String, Long> before = Db.reportRowCounts();

        ValidatableResponse refused = given().contentType(ContentType.JSON)
                .body(Fixtures.report())
                .when()
                .post(REPORTS_PATH)
                .then();

        assertRateLimited(refused);
        assertEquals(before, Db.reportRowCounts(), "a refused report must leave no row behind");
    }

    @Test
    void receiptLookUpsOverTheLimitAreRefused() {
        for (int i = 0; i < LowRateLimitsProfile.RECEIPTS_CAPACITY; i++) {
            Api.withReceipt(Api.randomReceipt())
                    .when()
                    .get(MY_REPORT_PATH)
                    .then()
                    .statusCode(404);
        }
        assertRateLimited(
                Api.withReceipt(Api.randomReceipt()).when().get(MY_REPORT_PATH).then());
        assertRateLimited(Api.withReceipt(Api.randomReceipt())
                .when()
                .delete(MY_REPORT_PATH)
                .then());
    }

    @Test
    void theReportFormOverTheLimitAnswers429AndKeepsWhatWasTyped() {
        for (int i = 0; i < LowRateLimitsProfile.REPORTS_CAPACITY + 2; i++) {
            reportForm(Fixtures.ACCOUNT, null, Fixtures.INVALID_PHONE).then().statusCode(400);
        }
        for (int i = 0; i < LowRateLimitsProfile.REPORTS_CAPACITY; i++) {
            reportForm(Fixtures.ACCOUNT, null, Fixtures.PHONE).then().statusCode(200);
        }
        Map<String, Long> before = Db.reportRowCounts();
        String html = reportForm("He followed me home", "a-fresh-form-token", Fixtures.PHONE)
                .then()
                .statusCode(429)
                .header(RETRY_AFTER, matchesPattern("[1-9][0-9]*"))
                .extract()
                .asString();
        assertTrue(html.contains("He followed me home"), "the account typed is still in the form");
        assertEquals(before, Db.reportRowCounts(), "a refused report must leave no row behind");
        // The form token was not used up: once the limit refills, the same form still files.
        limiter.rotateSalt();
        reportForm("He followed me home", "a-fresh-form-token", Fixtures.PHONE)
                .then()
                .statusCode(200)
                .body(containsString("receipt"));
    }

    @Test
    void receiptLookUpsOnThePageOverTheLimitAnswer429() {
        for (int i = 0; i < LowRateLimitsProfile.RECEIPTS_CAPACITY; i++) {
            myReportPage().then().statusCode(404);
        }
        myReportPage().then().statusCode(429).header(RETRY_AFTER, matchesPattern("[1-9][0-9]*"));
        assertRateLimited(
                Api.withReceipt(Api.randomReceipt()).when().get(MY_REPORT_PATH).then());
    }

    @Test
    void loginsOverTheLimitAreRefusedOnTheApiAndThePage() {
        for (int i = 0; i < LowRateLimitsProfile.LOGINS_CAPACITY; i++) {
            apiLogin().then().statusCode(401);
        }
        assertRateLimited(apiLogin().then());
        given().contentType(ContentType.URLENC)
                .formParam("username", "nobody-at-all")
                .formParam("password", "not-the-password")
                .formParam("totp", "123456")
                .post("/staff/login")
                .then()
                .statusCode(429);
    }

    @Test
    void subscriptionRequestsOverTheLimitAreRefusedOnTheApiAndThePage() {
        String area = Desk.newArea("limited");
        for (int i = 0; i < LowRateLimitsProfile.SUBSCRIPTIONS_CAPACITY; i++) {
            Subscribers.subscribe(Subscribers.request(Subscribers.newAddress("limit" + i), area));
        }
        long subscribers = Db.count("select count(*) from subscriber");
        assertRateLimited(given().contentType(ContentType.JSON)
                .body(Subscribers.request(Subscribers.newAddress("over"), area))
                .post(Subscribers.SUBSCRIPTIONS_PATH)
                .then());
        given().contentType(ContentType.URLENC)
                .formParam("lang", "en")
                .formParam("email", Subscribers.newAddress("page"))
                .formParam("areas", Fixtures.AREA)
                .formParam("minSeverity", "LOW")
                .formParam("cadence", "IMMEDIATE")
                .post("/subscribe")
                .then()
                .statusCode(429)
                .contentType(startsWith("text/html"))
                .header(RETRY_AFTER, matchesPattern("[1-9][0-9]*"));
        assertEquals(subscribers, Db.count("select count(*) from subscriber"), "a refused request stores nothing");
    }

    @Test
    void manageTokenUsesOverTheLimitAreRefusedOnTheApiAndThePage() {
        for (int i = 0; i < LowRateLimitsProfile.RECEIPTS_CAPACITY; i++) {
            Subscribers.withToken("wrong-" + i).get(Subscribers.ME_PATH).then().statusCode(404);
        }
        assertRateLimited(
                Subscribers.withToken("wrong").get(Subscribers.ALERTS_PATH).then());
        assertRateLimited(Subscribers.withToken("wrong")
                .get(Subscribers.ALERTS_PATH + "/1")
                .then());
        assertRateLimited(
                Subscribers.withToken("wrong").delete(Subscribers.ME_PATH).then());
        assertRateLimited(given().contentType(ContentType.JSON)
                .body(Map.of("token", "wrong"))
                .post(Subscribers.CONFIRM_PATH)
                .then());
        given().contentType(ContentType.URLENC)
                .formParam("lang", "en")
                .formParam("token", "wrong")
                .post("/subscription")
                .then()
                .statusCode(429)
                .contentType(startsWith("text/html"));
        given().contentType(ContentType.URLENC)
                .formParam("lang", "en")
                .formParam("token", "wrong")
                .post("/alerts")
                .then()
                .statusCode(429)
                .contentType(startsWith("text/html"));
    }

    private static io.restassured.response.Response reportForm(String account, String token, String phone) {
        var request = given().contentType(ContentType.URLENC)
                .formParam("lang", "en")
                .formParam("categories", "FRAUD")
                .formParam("account", account)
                .formParam("occurredAt.date", LocalDate.now().minusDays(1).toString())
                .formParam("area", Fixtures.AREA)
                .formParam("setting", "INCALL")
                .formParam("identifiers[0].type", "PHONE")
                .formParam("identifiers[0].value", phone)
                .formParam("risk.weapon", "no")
                .formParam("consents.alertOthers", "true");
        if (token != null) {
            request = request.formParam("formToken", token);
        }
        return request.post("/report");
    }

    /** Review M2: only guesses spend the receipt allowance; the reporter's own key always works. */
    @Test
    void aValidReceiptIsNeverLimitedEvenOnceGuessesUsedUpTheAllowance() {
        Api.Submitted mine = Api.submit();
        for (int i = 0; i < LowRateLimitsProfile.RECEIPTS_CAPACITY; i++) {
            Api.withReceipt(Api.randomReceipt())
                    .when()
                    .get(MY_REPORT_PATH)
                    .then()
                    .statusCode(404);
        }
        assertRateLimited(
                Api.withReceipt(Api.randomReceipt()).when().get(MY_REPORT_PATH).then());
        for (int i = 0; i < LowRateLimitsProfile.RECEIPTS_CAPACITY + 2; i++) {
            Api.withReceipt(mine.receipt()).when().get(MY_REPORT_PATH).then().statusCode(200);
        }
        given().contentType(ContentType.URLENC)
                .formParam("receipt", mine.receipt())
                .formParam("lang", "en")
                .post("/my-report")
                .then()
                .statusCode(200);
        Api.withReceipt(mine.receipt())
                .body(Map.of("consents", Fixtures.consents(false, false, false, false, false)))
                .when()
                .put(Fixtures.MY_CONSENTS_PATH)
                .then()
                .statusCode(200);
        Api.withReceipt(mine.receipt()).when().delete(MY_REPORT_PATH).then().statusCode(204);
        assertRateLimited(
                Api.withReceipt(Api.randomReceipt()).when().get(MY_REPORT_PATH).then());
    }

    private static io.restassured.response.Response myReportPage() {
        return given().contentType(ContentType.URLENC)
                .formParam("receipt", Api.randomReceipt())
                .formParam("lang", "en")
                .post("/my-report");
    }

    private static io.restassured.response.Response apiLogin() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", "nobody-at-all", "password", "not-the-password", "totp", "123456"))
                .post("/api/v1/auth/token");
    }

    private static void assertRateLimited(ValidatableResponse response) {
        String retryAfter = response.statusCode(429)
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", equalTo(RATE_LIMITED))
                .body("status", equalTo(429))
                .extract()
                .header(RETRY_AFTER);
        assertTrue(
                retryAfter != null && retryAfter.matches("[1-9][0-9]*"),
                "Retry-After must be a positive whole number of seconds, was " + retryAfter);
        assertTrue(Long.parseLong(retryAfter) <= PERIOD_SECONDS, "Retry-After within the refill period");
    }
}
