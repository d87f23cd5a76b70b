package org.uglymugs.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.uglymugs.support.Fixtures.PROBLEM_JSON;
import static org.uglymugs.support.Fixtures.PROBLEM_TYPE_PREFIX;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Checks;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Subscribers;

/**
 * The check is limited per subscriber (whichever client asks) and per client (whichever token it
 * sends, so guessing tokens is limited too); a mistyped value costs the subscriber nothing.
 */
@QuarkusTest
@TestProfile(LowRateLimitsProfile.class)
class CheckRateLimitTest {

    private static final String PHONE = "07911 123456";

    GreenMail mail;

    @Inject
    RateLimiter limiter;

    private String first;
    private String second;

    @BeforeEach
    void twoSubscribersAndFullBuckets() {
        String area = Desk.newArea("limits");
        limiter.rotateSalt();
        first = Subscribers.active(mail, Subscribers.request(Subscribers.newAddress("limit-a"), area));
        limiter.rotateSalt();
        second = Subscribers.active(mail, Subscribers.request(Subscribers.newAddress("limit-b"), area));
        limiter.rotateSalt();
    }

    @Test
    void aSubscriberOverTheLimitIsRefusedWhileOthersStillCheck() {
        Checks.check(first, "PHONE", "12").statusCode(400);
        for (int i = 0; i < LowRateLimitsProfile.SUBSCRIBER_CHECKS_CAPACITY; i++) {
            Checks.check(first, "PHONE", PHONE).statusCode(200);
        }
        assertRateLimited(Checks.check(first, "PHONE", PHONE));
        Checks.check(second, "PHONE", PHONE).statusCode(200);
    }

    @Test
    void aClientOverTheLimitIsRefusedWhateverTokenItSends() {
        for (int i = 0; i < LowRateLimitsProfile.CHECKS_CAPACITY - 1; i++) {
            Checks.check("guessed-token-" + i, "PHONE", PHONE).statusCode(404);
        }
        Checks.check(first, "PHONE", PHONE).statusCode(200);
        assertRateLimited(Checks.check(second, "PHONE", PHONE));
        assertRateLimited(Checks.check("guessed-token", "PHONE", PHONE));
    }

    @Test
    void eachCheckPageTakesAReceiptTokenAndAnAnswerACheckTokenToo() {
        for (int i = 0; i < LowRateLimitsProfile.CHECKS_CAPACITY - 1; i++) {
            Checks.check("guessed-token-" + i, "PHONE", PHONE).statusCode(404);
        }
        answerPage(first).statusCode(200);
        assertPageRateLimited(answerPage(first));
        for (int i = 2; i < LowRateLimitsProfile.RECEIPTS_CAPACITY; i++) {
            given().get("/check?token=guessed-token").then().statusCode(404);
        }
        assertPageRateLimited(given().get("/check?token=guessed-token").then());
        assertPageRateLimited(given().get("/check?token=" + second).then());
    }

    private static ValidatableResponse answerPage(String token) {
        return given().contentType(ContentType.URLENC)
                .formParam("token", token)
                .formParam("lang", "en")
                .formParam("type", "PHONE")
                .formParam("value", PHONE)
                .post("/check/answer")
                .then();
    }

    private static void assertPageRateLimited(ValidatableResponse response) {
        response.statusCode(429)
                .contentType(startsWith("text/html"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
    }

    private static void assertRateLimited(ValidatableResponse response) {
        response.statusCode(429)
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", equalTo(PROBLEM_TYPE_PREFIX + "rate-limited"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
    }
}
