package org.uglymugs.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uglymugs.support.Fixtures.MY_CONSENTS_PATH;
import static org.uglymugs.support.Fixtures.MY_INCIDENTS_PATH;
import static org.uglymugs.support.Fixtures.MY_MESSAGES_PATH;
import static org.uglymugs.support.Fixtures.MY_REPORT_PATH;
import static org.uglymugs.support.Fixtures.PROBLEM_JSON;
import static org.uglymugs.support.Fixtures.REPORT_NOT_FOUND_PROBLEM;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.uglymugs.support.Api;
import org.uglymugs.support.Fixtures;

/**
 * A wrong receipt never tells whether a report exists: missing, malformed, never issued and erased
 * receipts all get the very same 404, on every endpoint, in about the same time.
 */
@QuarkusTest
class WrongReceiptTest {

    private static final String MALFORMED_RECEIPT = "not-a-receipt!";
    private static final int TIMING_WARM_UP = 10;
    private static final int TIMING_SAMPLES = 31;
    /**
     * Loose enough for a loaded 2-core machine (a look-up here takes a few ms), tight enough to catch a
     * path doing slow extra work such as a bcrypt (~50 ms and more).
     */
    private static final long TIMING_TOLERANCE_MS = 25;

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("GET my-report", (Call) spec -> spec.when().get(MY_REPORT_PATH)),
                Arguments.of("POST incidents", (Call)
                        spec -> spec.body(Fixtures.incident()).when().post(MY_INCIDENTS_PATH)),
                Arguments.of("PUT consents", (Call) spec -> spec.body(
                                Fixtures.consentChange(Fixtures.consents(false, false, false, false, false), null))
                        .when()
                        .put(MY_CONSENTS_PATH)),
                Arguments.of("POST messages", (Call) spec ->
                        spec.body(Fixtures.message(Fixtures.MESSAGE)).when().post(MY_MESSAGES_PATH)),
                Arguments.of("DELETE my-report", (Call) spec -> spec.when().delete(MY_REPORT_PATH)));
    }

    /** One call of an endpoint with a prepared request. */
    interface Call extends Function<RequestSpecification, Response> {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void everyWrongReceiptGetsTheSame404(String label, Call call) {
        Map<String, String> bodies = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> wrong : wrongReceipts().entrySet()) {
            Response response = call.apply(Api.withReceipt(wrong.getValue()));
            headers.put(wrong.getKey(), headersOf(response));
            response.then()
                    .statusCode(404)
                    .contentType(startsWith(PROBLEM_JSON))
                    .body("type", equalTo(REPORT_NOT_FOUND_PROBLEM))
                    .body("status", equalTo(404));
            bodies.put(wrong.getKey(), response.asString());
        }
        String expected = bodies.values().iterator().next();
        bodies.forEach((kind, body) -> assertEquals(expected, body, "the 404 for a " + kind + " receipt differs"));
        String expectedHeaders = headers.values().iterator().next();
        headers.forEach(
                (kind, h) -> assertEquals(expectedHeaders, h, "the 404's headers for a " + kind + " receipt differ"));
        assertEquals(expected, notFoundOfGet(), "every endpoint answers the same 404");
    }

    @Test
    void aMissAndAnErasedReportTakeAboutTheSameTime() {
        String erased = erasedReceipt();
        for (int i = 0; i < TIMING_WARM_UP; i++) {
            timeOfGet(Api.randomReceipt());
            timeOfGet(erased);
        }
        List<Long> random = new ArrayList<>();
        List<Long> gone = new ArrayList<>();
        for (int i = 0; i < TIMING_SAMPLES; i++) {
            // Interleaved, so a slow spell of the machine hits both alike.
            random.add(timeOfGet(Api.randomReceipt()));
            gone.add(timeOfGet(erased));
        }
        long difference = Math.abs(median(random) - median(gone));
        assertTrue(
                difference < TIMING_TOLERANCE_MS * 1_000_000,
                "medians differ by " + difference / 1_000_000 + " ms: random " + median(random) / 1_000_000
                        + " ms, erased " + median(gone) / 1_000_000 + " ms");
    }

    /** Each kind of wrong receipt: none at all, not a receipt, never issued, and one whose report was erased. */
    /** On the pages too: every wrong receipt gets the same 404, body and headers alike. */
    @Test
    void everyWrongReceiptOnThePagesGetsTheSame404BodyAndHeaders() {
        Map<String, String> receipts = new LinkedHashMap<>();
        receipts.put("malformed", MALFORMED_RECEIPT);
        String random = Api.randomReceipt();
        receipts.put("random well-formed", random);
        receipts.put("random in lower case with spaces", random.toLowerCase().replace("-", " "));
        receipts.put("erased", erasedReceipt());
        Map<String, String> answers = new LinkedHashMap<>();
        for (Map.Entry<String, String> wrong : receipts.entrySet()) {
            for (String path : List.of("/my-report", "/my-report/messages", "/my-report/erase")) {
                Response response = io.restassured.RestAssured.given()
                        .contentType(io.restassured.http.ContentType.URLENC)
                        .formParam("lang", "en")
                        .formParam("receipt", wrong.getValue())
                        .formParam("message.body", Fixtures.MESSAGE)
                        .formParam("confirmErase", "true")
                        .post(path);
                response.then().statusCode(404);
                answers.put(wrong.getKey() + " on " + path, headersOf(response) + "\n" + response.asString());
            }
        }
        String expected = answers.values().iterator().next();
        answers.forEach((kind, answer) -> assertEquals(expected, answer, "the page 404 for a " + kind + " differs"));
    }

    /** The headers of an answer, in order, without the one that must differ (the date). */
    private static String headersOf(Response response) {
        StringBuilder out = new StringBuilder();
        response.headers().asList().stream()
                .filter(h -> !h.getName().equalsIgnoreCase("Date"))
                .forEach(h -> out.append(h.getName().toLowerCase())
                        .append(": ")
                        .append(h.getValue())
                        .append('\n'));
        return out.toString();
    }

    private static Map<String, String> wrongReceipts() {
        Map<String, String> receipts = new LinkedHashMap<>();
        receipts.put("missing", null);
        receipts.put("malformed", MALFORMED_RECEIPT);
        receipts.put("random well-formed", Api.randomReceipt());
        receipts.put("erased", erasedReceipt());
        return receipts;
    }

    private static String erasedReceipt() {
        String receipt = Api.submit().receipt();
        Api.withReceipt(receipt).when().delete(MY_REPORT_PATH).then().statusCode(204);
        return receipt;
    }

    private static String notFoundOfGet() {
        return Api.withReceipt(Api.randomReceipt())
                .when()
                .get(MY_REPORT_PATH)
                .then()
                .statusCode(404)
                .extract()
                .asString();
    }

    private static long timeOfGet(String receipt) {
        long start = System.nanoTime();
        Api.withReceipt(receipt).when().get(MY_REPORT_PATH).then().statusCode(404);
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
