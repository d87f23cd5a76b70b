package org.uglymugs.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import org.junit.jupiter.api.Test;

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
        String metrics = given().accept(ContentType.TEXT)
                .get(management + "metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(
                metrics.lines()
                        .anyMatch(l -> l.startsWith("http_server_requests_seconds_count")
                                && l.contains("status=\"401\"")
                                && l.contains("uri=\"/api/v1/auth/me\"")),
                metrics.lines()
                        .filter(l -> l.startsWith("http_server_requests_seconds_count"))
                        .toList()::toString);
    }
}
