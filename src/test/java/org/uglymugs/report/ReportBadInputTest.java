package org.uglymugs.report;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.withArgs;
import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uglymugs.support.Fixtures.PROBLEM_JSON;
import static org.uglymugs.support.Fixtures.PROBLEM_TYPE_PREFIX;
import static org.uglymugs.support.Fixtures.REPORTS_PATH;
import static org.uglymugs.support.Fixtures.VALIDATION_PROBLEM;
import static org.uglymugs.support.Fixtures.identifier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.uglymugs.report.api.Limits;
import org.uglymugs.support.Db;
import org.uglymugs.support.Fixtures;

/** Every bad submission gets a 4xx problem+json, never echoes sensitive input, and leaves no row behind. */
@QuarkusTest
class ReportBadInputTest {

    private static final String REQUIRED = "required";
    private static final String TOO_LONG = "too_long";
    private static final String INVALID = "invalid";
    private static final String MARKER = "EchoMarker-3f9c1d";
    private static final String UNKNOWN_CATEGORY = "NOT_A_CATEGORY_" + MARKER;
    private static final String UNKNOWN_AREA = "atlantis";
    private static final String UNKNOWN_API_PATH = "/api/v1/no-such-thing";
    private static final String VALID_NAME = "Dave";
    private static final int MAX_BODY_BYTES = 128 * 1024;
    private static final int SHORT_TEXT_LIMIT = 200;

    private Map<String, Long> rowsBefore;

    @BeforeEach
    void countRows() {
        rowsBefore = Db.allRowCounts();
    }

    @AfterEach
    void nothingWasStored() {
        assertEquals(rowsBefore, Db.allRowCounts(), "a refused request must leave no row behind, in any table");
    }

    @Test
    void aMissingBodyIsRefused() {
        problem(given().contentType(ContentType.JSON).when().post(REPORTS_PATH).then(), 400, VALIDATION_PROBLEM)
                .body("errors.field", hasItem("body"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"categories\": [\"RAPE\"],, \"account\": \"x\"}",
                "{\"categories\": [\"RAPE\"], \"account\": \"x\"",
                "{\"occurredAt\": {\"date\": \"2024-01-01\",, \"from\": \"22:00\"}}",
                "{\"categories\": [\"RAPE\",, \"FRAUD\"]}",
                "{categories: [\"RAPE\"]}",
                "not json at all"
            })
    void malformedJsonIsRefused(String json) {
        problem(postJson(json), 400, PROBLEM_TYPE_PREFIX + "malformed-json");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "categories",
                "account",
                "occurredAt",
                "occurredAt.date",
                "area",
                "setting",
                "consents",
                "consents.alertOthers",
                "consents.policeIntel",
                "consents.policeContactMe",
                "consents.supportContactMe",
                "consents.research"
            })
    void eachRequiredFieldIsRequired(String field) {
        Map<String, Object> body = Fixtures.report();
        remove(body, field);
        invalid(post(body), field, REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"account", "area"})
    void blankTextCountsAsMissing(String field) {
        Map<String, Object> body = Fixtures.report();
        body.put(field, "   ");
        invalid(post(body), field, REQUIRED);
    }

    @Test
    void anEmptyListOfCategoriesIsRefused() {
        Map<String, Object> body = Fixtures.report();
        body.put("categories", List.of());
        invalid(post(body), "categories", REQUIRED);
    }

    @Test
    void anUnknownCategoryIsRefusedWithoutEchoingIt() {
        Map<String, Object> body = Fixtures.report();
        body.put("categories", List.of("FRAUD", UNKNOWN_CATEGORY));
        invalid(post(body), "categories[1]", INVALID).body(not(containsString(MARKER)));
    }

    @Test
    void anUnknownAreaIsRefused() {
        Map<String, Object> body = Fixtures.report();
        body.put("area", UNKNOWN_AREA);
        invalid(post(body), "area", "unknown_area");
    }

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                Arguments.of("consents.alertOthers", "yes"),
                Arguments.of("categories", "RAPE"),
                Arguments.of("occurredAt.date", "yesterday"),
                Arguments.of("occurredAt.from", "late"),
                Arguments.of("description", "tall"),
                Arguments.of("identifiers", Map.of("type", "PHONE")),
                Arguments.of("setting", "GARDEN"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("wrongTypes")
    void aValueOfTheWrongTypeIsRefusedNamingTheField(String field, Object value) {
        Map<String, Object> body = Fixtures.report();
        put(body, field, value);
        invalid(post(body), field, INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ipAddress", "consents.shareWithEveryone", "occurredAt.timezone"})
    void anUnknownFieldIsRefused(String field) {
        Map<String, Object> body = Fixtures.report();
        put(body, field, MARKER);
        invalid(post(body), field, "unknown_field").body(not(containsString(MARKER)));
    }

    static Stream<Arguments> oversizedFields() {
        return Stream.of(
                Arguments.of("account", Limits.ACCOUNT),
                Arguments.of("locationText", Limits.LOCATION),
                Arguments.of("description.gender", SHORT_TEXT_LIMIT),
                Arguments.of("description.marks", Limits.LONG_TEXT));
    }

    @ParameterizedTest(name = "{0} over {1} characters")
    @MethodSource("oversizedFields")
    void anOversizedFieldIsRefusedWithoutEchoingIt(String field, int limit) {
        Map<String, Object> body = Fixtures.report();
        put(body, field, Fixtures.longText(limit + 1, MARKER));
        invalid(post(body), field, TOO_LONG).body(not(containsString(MARKER)));
    }

    @Test
    void aFieldAtItsLimitIsAccepted() {
        Map<String, Object> body = Fixtures.report();
        body.put("locationText", Fixtures.longText(Limits.LOCATION, MARKER));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(REPORTS_PATH)
                .then()
                .statusCode(201);
        rowsBefore = Db.allRowCounts();
    }

    @Test
    void tooManyIdentifiersAreRefused() {
        List<Map<String, Object>> identifiers = new ArrayList<>();
        IntStream.rangeClosed(0, Limits.IDENTIFIERS).forEach(i -> identifiers.add(identifier("NAME", "Alias " + i)));
        invalid(post(Fixtures.reportNaming(identifiers)), "identifiers", TOO_LONG);
    }

    @Test
    void anOversizedIdentifierIsRefused() {
        String value = Fixtures.longText(Limits.IDENTIFIER + 1, MARKER);
        invalid(post(Fixtures.reportNaming(List.of(identifier("NAME", value)))), "identifiers[0].value", TOO_LONG)
                .body(not(containsString(MARKER)));
    }

    @Test
    void anOverLongBodyIsRefusedWith413AndNotEchoed() {
        Map<String, Object> body = Fixtures.report();
        body.put("account", Fixtures.longText(MAX_BODY_BYTES + 1, MARKER));
        problem(post(body), 413, PROBLEM_TYPE_PREFIX + "too-large").body(not(containsString(MARKER)));
    }

    static Stream<Arguments> invalidIdentifiers() {
        return Stream.of(
                Arguments.of("PHONE", Fixtures.INVALID_PHONE, "invalid_phone"),
                Arguments.of("EMAIL", MARKER + "@@example", "invalid_email"),
                Arguments.of("VEHICLE_REG", "!" + MARKER + "!", "invalid_plate"),
                Arguments.of("URL", "javascript:alert(1)", "invalid_url"));
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @MethodSource("invalidIdentifiers")
    void anInvalidIdentifierIsRefusedNamingItsField(String type, String value, String code) {
        Map<String, Object> body =
                Fixtures.reportNaming(List.of(identifier("NAME", VALID_NAME), identifier(type, value)));
        invalid(post(body), "identifiers[1].value", code).body(not(containsString(MARKER)));
    }

    @Test
    void aUsernameNeedsItsPlatform() {
        invalid(
                post(Fixtures.reportNaming(List.of(identifier("USERNAME", Fixtures.USERNAME)))),
                "identifiers[0].platform",
                REQUIRED);
    }

    @Test
    void anUnknownIdentifierTypeIsRefused() {
        invalid(post(Fixtures.reportNaming(List.of(identifier("SHOE_SIZE", "11")))), "identifiers[0].type", INVALID);
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        Map<String, Object> body = Fixtures.report();
        body.remove("account");
        body.put("area", UNKNOWN_AREA);
        invalid(post(body), "account", REQUIRED).body("errors.field", hasItem("area"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"policeContactMe", "supportContactMe"})
    void aConsentToBeContactedNeedsContactDetails(String consent) {
        Map<String, Object> body = Fixtures.report();
        put(body, "consents." + consent, true);
        invalid(post(body), "contact", "contact_needed");
    }

    @Test
    void contactDetailsMustReachThePerson() {
        Map<String, Object> body = Fixtures.reportWithContact();
        put(body, "contact.phone", Fixtures.INVALID_PHONE);
        put(body, "contact.email", MARKER + "@@example");
        invalid(post(body), "contact.phone", "invalid_phone")
                .body("errors.field", hasItem("contact.email"))
                .body(not(containsString(MARKER)));
    }

    @Test
    void aDateInTheFutureIsRefused() {
        Map<String, Object> body = Fixtures.report();
        put(body, "occurredAt.date", Fixtures.futureDate());
        invalid(post(body), "occurredAt.date", "in_future");
    }

    @Test
    void anUnsupportedLanguageIsRefused() {
        Map<String, Object> body = Fixtures.report();
        body.put("language", "xx");
        invalid(post(body), "language", INVALID);
    }

    @Test
    void anUnknownPathIsAProblem() {
        problem(given().when().get(UNKNOWN_API_PATH).then(), 404, PROBLEM_TYPE_PREFIX + "not-found");
    }

    @Test
    void theWrongMethodIsAProblem() {
        problem(given().when().get(REPORTS_PATH).then(), 405, PROBLEM_TYPE_PREFIX + "method-not-allowed");
    }

    @Test
    void aBodyThatIsNotJsonIsAProblem() {
        problem(
                given().contentType(ContentType.TEXT)
                        .body(Fixtures.ACCOUNT)
                        .when()
                        .post(REPORTS_PATH)
                        .then(),
                415,
                PROBLEM_TYPE_PREFIX + "unsupported-media-type");
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(REPORTS_PATH)
                .then();
    }

    private static ValidatableResponse postJson(String json) {
        return given().contentType(ContentType.JSON)
                .body(json)
                .when()
                .post(REPORTS_PATH)
                .then();
    }

    /** A problem+json answer: stable type, a title, the status repeated, and no trace of the code behind it. */
    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", equalTo(type))
                .body("title", not(blankOrNullString()))
                .body("status", equalTo(status))
                .body(not(containsString("Exception")))
                .body(not(containsString("org.uglymugs")));
    }

    /** A validation problem naming {@code field} with {@code code}; every error has a field, code and message. */
    private static ValidatableResponse invalid(ValidatableResponse response, String field, String code) {
        return problem(response, 400, VALIDATION_PROBLEM)
                .body("errors.findAll { it.field == '%s' }.code", withArgs(field), hasItem(code))
                .body("errors.every { it.field && it.code && it.message }", is(true));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parent(Map<String, Object> body, String path) {
        Map<String, Object> node = body;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            node = (Map<String, Object>) node.get(parts[i]);
        }
        return node;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static void remove(Map<String, Object> body, String path) {
        parent(body, path).remove(leaf(path));
    }

    private static void put(Map<String, Object> body, String path, Object value) {
        parent(body, path).put(leaf(path), value);
    }
}
