package org.uglymugs.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Metrics;

/**
 * The app's auth-failure handler is in place before Quarkus REST's filter looks (so that filter builds
 * no request mapper), and authentication failing inside a resource still answers as before.
 */
@QuarkusTest
class AuthFailureHandlersTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void aRequestReachesRestEasyWithTheAppsHandler() {
        given().get("/test-support/auth-failure-handler").then().statusCode(200).body(equalTo("ours"));
    }

    @Test
    void aStaffCallWithABadTokenIsStillRefusedAsAProblem() {
        given().header("Authorization", "Bearer not-a-token")
                .get("/api/v1/auth/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        // The refusal is still counted under the route's template, as Quarkus REST's own mapping did.
        List<String> counts = Metrics.httpRequestCounts(management);
        assertTrue(
                counts.stream().anyMatch(l -> l.contains("status=\"401\"") && l.contains("uri=\"/api/v1/auth/me\"")),
                counts::toString);
    }
}
