package org.uglymugs.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
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
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Api;
import org.uglymugs.support.Db;
import org.uglymugs.support.Fixtures;

/** Each test uses its own kind of bucket: the buckets live as long as the application, across tests. */
@QuarkusTest
@TestProfile(LowRateLimitsProfile.class)
class RateLimitTest {

    private static final String RATE_LIMITED = PROBLEM_TYPE_PREFIX + "rate-limited";
    private static final String RETRY_AFTER = "Retry-After";
    private static final long PERIOD_SECONDS =
            Duration.parse(LowRateLimitsProfile.PERIOD).toSeconds();

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
