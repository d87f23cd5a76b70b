package org.uglymugs.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uglymugs.support.Api;
import org.uglymugs.support.Metrics;
import org.uglymugs.support.StaffApi;

/** Health and metrics live on the management interface, never the public port, and time no reporter route. */
@QuarkusTest
class HealthAndMetricsTest {

    private static final String UP = "UP";
    /** Prometheus text exposition: metadata lines, and a JVM metric Micrometer always registers. */
    private static final String PROMETHEUS_TYPE_LINE = "# TYPE ";

    private static final String JVM_METRIC = "jvm_memory_used_bytes";

    /** The management interface's root, {@code …/q/} (its own port; a random one in tests). */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @ParameterizedTest
    @ValueSource(strings = {"health", "health/ready", "health/live"})
    void healthIsUpOnTheManagementInterface(String path) {
        given().when()
                .get(management + path)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("status", equalTo(UP))
                .body("checks.status", everyItem(equalTo(UP)));
    }

    @Test
    void metricsAreServedAsPrometheusTextOnTheManagementInterface() {
        given().accept(ContentType.TEXT)
                .when()
                .get(management + "metrics")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString(PROMETHEUS_TYPE_LINE))
                .body(containsString(JVM_METRIC));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/metrics"})
    void thePublicPortServesNoMonitoring(String path) {
        given().when().get(path).then().statusCode(404);
    }

    @Test
    void noReporterRouteIsCountedOrTimed() {
        given().get("/report?lang=en").then().statusCode(200);
        given().get("/my-report?lang=en").then().statusCode(200);
        given().get("/api/v1/areas").then().statusCode(200);
        Api.submit();
        given().auth()
                .oauth2(StaffApi.token(StaffApi.ADMIN))
                .get("/api/v1/auth/me")
                .then()
                .statusCode(200);

        List<String> http = Metrics.httpRequestCounts(management);
        assertTrue(
                http.stream().anyMatch(l -> l.contains("uri=\"/api/v1/auth/me\"")),
                "staff routes are measured: " + http);
        List<String> reporter = http.stream()
                .filter(l -> l.contains("uri=\"/report")
                        || l.contains("uri=\"/my-report")
                        || l.contains("uri=\"/api/v1/reports")
                        || l.contains("uri=\"/api/v1/my-report")
                        || l.contains("uri=\"/api/v1/areas"))
                .toList();
        assertEquals(List.of(), reporter, "no reporter route in the metrics");
    }
}
