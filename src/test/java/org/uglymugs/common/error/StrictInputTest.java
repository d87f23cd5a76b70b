package org.uglymugs.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.uglymugs.support.Fixtures.PROBLEM_JSON;
import static org.uglymugs.support.Fixtures.REPORTS_PATH;
import static org.uglymugs.support.Fixtures.VALIDATION_PROBLEM;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.uglymugs.support.Db;
import org.uglymugs.support.Fixtures;

/**
 * Strict input (review L3, L4): no JSON coercion, no enum by position, no key given twice, and no
 * NUL, control or bidi character anywhere, each a 400 naming the field and nothing stored.
 */
@QuarkusTest
class StrictInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path LOG = Path.of("target/quarkus-test.log");

    private Map<String, Long> rowsBefore;
    private long logBefore;

    @BeforeEach
    void countRows() throws IOException {
        rowsBefore = Db.reportRowCounts();
        logBefore = Files.exists(LOG) ? Files.size(LOG) : 0;
    }

    @AfterEach
    void nothingStoredNothingLoggedAsAnError() throws IOException {
        assertEquals(rowsBefore, Db.reportRowCounts(), "a refused request must leave no row behind");
        String written = Files.readString(LOG).substring((int) Math.min(logBefore, Files.size(LOG)));
        assertFalse(written.contains("ERROR"), "bad input is no server error: " + written);
    }

    static Stream<Arguments> coercions() {
        return Stream.of(
                Arguments.of(
                        "number for a string", "account", (Consumer<Map<String, Object>>) b -> b.put("account", 12345)),
                Arguments.of(
                        "boolean for a string", "account", (Consumer<Map<String, Object>>) b -> b.put("account", true)),
                Arguments.of("number for a boolean", "consents.alertOthers", consent(1)),
                Arguments.of("other number for a boolean", "consents.alertOthers", consent(2)),
                Arguments.of("string for a boolean", "consents.alertOthers", consent("true")),
                Arguments.of("enum by position", "setting", (Consumer<Map<String, Object>>) b -> b.put("setting", 0)),
                Arguments.of("enum by position in a string", "setting", (Consumer<Map<String, Object>>)
                        b -> b.put("setting", "0")),
                Arguments.of("category by position", "categories[0]", (Consumer<Map<String, Object>>)
                        b -> b.put("categories", java.util.List.of(1))));
    }

    private static Consumer<Map<String, Object>> consent(Object value) {
        return b -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> consents = (Map<String, Object>) b.get("consents");
            consents.put("alertOthers", value);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("coercions")
    void noValueIsCoercedToAnotherType(String name, String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = Fixtures.report();
        change.accept(body);
        refused(
                given().contentType(ContentType.JSON)
                        .body(body)
                        .when()
                        .post(REPORTS_PATH)
                        .then(),
                field);
    }

    @Test
    void aKeyGivenTwiceIsRefusedNotLastOneWins() throws IOException {
        String json = JSON.writeValueAsString(Fixtures.report());
        String twice = "{\"account\":\"first\"," + json.substring(1);
        refused(
                        given().contentType(ContentType.JSON)
                                .body(twice)
                                .when()
                                .post(REPORTS_PATH)
                                .then(),
                        "account")
                .body("errors.code", hasItem("duplicate_field"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001b[2J", "\u007f", "\u0085", "\u202e", "\u2066", "\ud800"})
    void controlAndBidiCharactersAreRefusedNamingTheField(String character) {
        Map<String, Object> body = Fixtures.report();
        body.put("account", "He paid 100" + character + "00 and left.");
        refused(
                        given().contentType(ContentType.JSON)
                                .body(body)
                                .when()
                                .post(REPORTS_PATH)
                                .then(),
                        "account")
                .body("errors.code", hasItem(ErrorCode.FORBIDDEN_CHARACTER.code()));
    }

    @Test
    void aNulInTheAreaIsA400BeforeAnyLookUpNotA500() {
        Map<String, Object> body = Fixtures.report();
        body.put("area", "metro\u0000politan");
        refused(
                given().contentType(ContentType.JSON)
                        .body(body)
                        .when()
                        .post(REPORTS_PATH)
                        .then(),
                "area");
        body.put("area", "METRO POLITAN;--");
        refused(
                given().contentType(ContentType.JSON)
                        .body(body)
                        .when()
                        .post(REPORTS_PATH)
                        .then(),
                "area");
    }

    @Test
    void aControlCharacterInAQueryParameterIsRefusedNamingIt() {
        given().queryParam("lang", "en\u0000")
                .when()
                .get("/api/v1/areas")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("lang"));
    }

    @Test
    void tabsNewlinesAndCarriageReturnsStayAllowedInFreeText() {
        Map<String, Object> body = Fixtures.report();
        body.put("account", "First line\r\nsecond\tline\nthird");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(REPORTS_PATH)
                .then()
                .statusCode(201);
        rowsBefore = Db.reportRowCounts();
    }

    @Test
    void theFormShowsTheRefusalNextToTheFieldAndKeepsTheInput() {
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("lang", "en")
                .formParam("account", "my words \u202e stay here")
                .when()
                .post("/report")
                .then()
                .statusCode(400)
                .contentType(ContentType.HTML)
                .body(containsString("invisible control or text-direction character"))
                .body(containsString("my words"));
    }

    private static ValidatableResponse refused(ValidatableResponse response, String field) {
        return response.statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", org.hamcrest.Matchers.equalTo(VALIDATION_PROBLEM))
                .body("errors.field", hasItem(field))
                .body(not(containsString("EchoMarker")));
    }
}
