package org.uglymugs.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class HealthAndMetricsTest {

    private static final String UP = "UP";
    private static final String METRICS_PATH = "/q/metrics";
    /** Prometheus text exposition: metadata lines, and a JVM metric Micrometer always registers. */
    private static final String PROMETHEUS_TYPE_LINE = "# TYPE ";

    private static final String JVM_METRIC = "jvm_memory_used_bytes";

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/health/live"})
    void healthIsUp(String path) {
        given().when()
                .get(path)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("status", equalTo(UP))
                .body("checks.status", everyItem(equalTo(UP)));
    }

    @Test
    void metricsAreServedAsPrometheusText() {
        given().accept(ContentType.TEXT)
                .when()
                .get(METRICS_PATH)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString(PROMETHEUS_TYPE_LINE))
                .body(containsString(JVM_METRIC));
    }
}
