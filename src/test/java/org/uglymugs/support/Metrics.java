package org.uglymugs.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.net.URL;
import java.util.List;

/** What the management interface's Prometheus scrape says about HTTP requests. */
public final class Metrics {

    private Metrics() {}

    /** The {@code http_server_requests_seconds_count} lines of a scrape of {@code management}'s metrics. */
    public static List<String> httpRequestCounts(URL management) {
        String metrics = given().accept(ContentType.TEXT)
                .get(management + "metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return metrics.lines()
                .filter(l -> l.startsWith("http_server_requests_seconds_count"))
                .toList();
    }
}
