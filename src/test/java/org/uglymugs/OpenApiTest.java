package org.uglymugs;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uglymugs.support.Fixtures.AREAS_PATH;
import static org.uglymugs.support.Fixtures.MY_CONSENTS_PATH;
import static org.uglymugs.support.Fixtures.MY_INCIDENTS_PATH;
import static org.uglymugs.support.Fixtures.MY_MESSAGES_PATH;
import static org.uglymugs.support.Fixtures.MY_REPORT_PATH;
import static org.uglymugs.support.Fixtures.REPORTS_PATH;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated OpenAPI document names every path of the reporter API, with the right success codes. */
@QuarkusTest
class OpenApiTest {

    private static final String OPENAPI_PATH = "/q/openapi";
    private static final String PROBLEM_JSON = "application/problem+json";

    private JsonPath spec;

    @BeforeEach
    void readTheDocument() {
        spec = given().queryParam("format", "json")
                .when()
                .get(OPENAPI_PATH)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .jsonPath();
    }

    /** Every path and method of the reporter and staff API contract, with the one success code each documents. */
    static Stream<Arguments> contract() {
        return Stream.of(
                Arguments.of(AREAS_PATH, "get", "200"),
                Arguments.of(REPORTS_PATH, "post", "201"),
                Arguments.of(MY_REPORT_PATH, "get", "200"),
                Arguments.of(MY_INCIDENTS_PATH, "post", "201"),
                Arguments.of(MY_CONSENTS_PATH, "put", "200"),
                Arguments.of(MY_MESSAGES_PATH, "post", "201"),
                Arguments.of("/api/v1/auth/token", "post", "200"),
                Arguments.of("/api/v1/auth/token", "delete", "204"),
                Arguments.of("/api/v1/auth/enrolment", "post", "204"),
                Arguments.of("/api/v1/auth/password", "post", "204"),
                Arguments.of("/api/v1/admin/staff/{id}/reset-password", "post", "200"),
                Arguments.of("/api/v1/moderation/reports/{reference}/messages", "post", "204"),
                Arguments.of("/api/v1/moderation/reports/{reference}/notes", "post", "201"),
                Arguments.of("/api/v1/moderation/reports/{reference}/decision", "post", "200"),
                Arguments.of("/api/v1/admin/staff", "post", "201"),
                Arguments.of("/api/v1/admin/areas", "post", "201"),
                Arguments.of(MY_REPORT_PATH, "delete", "204"),
                Arguments.of("/api/v1/subscriptions", "post", "202"),
                Arguments.of("/api/v1/subscriptions/confirm", "post", "200"),
                Arguments.of("/api/v1/subscriptions/me", "get", "200"),
                Arguments.of("/api/v1/subscriptions/me", "put", "200"),
                Arguments.of("/api/v1/subscriptions/me", "delete", "204"),
                Arguments.of("/api/v1/subscriptions/unsubscribe", "post", "204"),
                Arguments.of("/api/v1/moderation/subscribers/{id}/approve", "post", "200"),
                Arguments.of("/api/v1/moderation/subscribers/{id}/reject", "post", "204"),
                Arguments.of("/api/v1/admin/deliveries/{id}/retry", "post", "200"),
                Arguments.of("/api/v1/alerts", "get", "200"),
                Arguments.of("/api/v1/alerts/{id}", "get", "200"),
                Arguments.of("/api/v1/checks", "post", "200"),
                Arguments.of("/api/v1/alerts/sheet.pdf", "get", "200"),
                Arguments.of("/api/v1/moderation/reports/{reference}/intelligence", "put", "200"),
                Arguments.of("/api/v1/liaison/intel", "get", "200"),
                Arguments.of("/api/v1/liaison/intel/{reference}", "get", "200"),
                Arguments.of("/api/v1/liaison/intel/{reference}/export", "get", "200"),
                Arguments.of("/api/v1/liaison/intel/export", "get", "200"),
                Arguments.of("/api/v1/liaison/intel/{reference}/contact", "get", "200"),
                Arguments.of("/api/v1/liaison/intel/{reference}/contact/contacted", "post", "204"),
                Arguments.of("/api/v1/liaison/notices", "get", "200"),
                Arguments.of("/api/v1/liaison/notices/{id}/acknowledge", "post", "200"),
                Arguments.of("/api/v1/liaison/me/access", "get", "200"),
                Arguments.of("/api/v1/admin/liaison/notices", "get", "200"),
                Arguments.of("/api/v1/admin/keys", "get", "200"),
                Arguments.of("/api/v1/admin/keys/reseal", "post", "202"),
                Arguments.of("/api/v1/admin/keys/rehash", "post", "202"));
    }

    @ParameterizedTest(name = "{1} {0} → {2}")
    @MethodSource("contract")
    void documentsEachOperationWithItsOneSuccessCode(String path, String method, String success) {
        Map<String, Object> responses = spec.getMap("paths.'" + path + "'." + method + ".responses");
        List<String> successes =
                responses.keySet().stream().filter(code -> code.startsWith("2")).toList();
        assertEquals(List.of(success), successes, method + " " + path);
    }

    @Test
    void aNewReportIsDocumentedAs201NotAs200() {
        Map<String, Object> responses = spec.getMap("paths.'" + REPORTS_PATH + "'.post.responses");
        assertTrue(responses.containsKey("201"), "POST reports documents 201");
        assertFalse(responses.containsKey("200"), "POST reports does not document 200");
    }

    @Test
    void refusalsAreDocumentedAsProblemDetails() {
        for (String code : List.of("400", "413", "429")) {
            Map<String, Object> content =
                    spec.getMap("paths.'" + REPORTS_PATH + "'.post.responses.'" + code + "'.content");
            assertEquals(List.of(PROBLEM_JSON), List.copyOf(content.keySet()), "POST reports " + code);
        }
        for (String method : List.of("get", "delete")) {
            Map<String, Object> content =
                    spec.getMap("paths.'" + MY_REPORT_PATH + "'." + method + ".responses.'404'.content");
            assertEquals(List.of(PROBLEM_JSON), List.copyOf(content.keySet()), method + " my-report 404");
        }
    }

    /** Declared once (ProblemResponses): every error answer of every operation is a problem detail. */
    @Test
    void everyErrorAnswerOfEveryOperationIsAProblemDetailAndEveryOperationDocuments500() {
        Map<String, Map<String, Map<String, Object>>> paths = spec.getMap("paths");
        int errors = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                String where = operation.getKey() + " " + path.getKey();
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> responses =
                        (Map<String, Map<String, Object>>) operation.getValue().get("responses");
                assertTrue(responses.containsKey("500"), where + " documents 500");
                for (var response : responses.entrySet()) {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> content =
                                (Map<String, Object>) response.getValue().get("content");
                        assertEquals(
                                List.of(PROBLEM_JSON), List.copyOf(content.keySet()), where + " " + response.getKey());
                        errors++;
                    }
                }
            }
        }
        assertTrue(errors > 100, "error answers checked: " + errors);
    }

    @Test
    void theApiDocumentsExactlyTheContractPaths() {
        Map<String, Object> paths = spec.getMap("paths");
        List<String> api = paths.keySet().stream()
                .filter(p -> p.startsWith("/api/"))
                .sorted()
                .toList();
        List<String> staff = List.of(
                "/api/v1/admin/areas",
                "/api/v1/admin/areas/{id}",
                "/api/v1/admin/audit",
                "/api/v1/admin/audit/verify",
                "/api/v1/admin/audit/verify-head",
                "/api/v1/admin/staff",
                "/api/v1/admin/staff/{id}",
                "/api/v1/admin/staff/{id}/areas",
                "/api/v1/admin/staff/{id}/disable",
                "/api/v1/admin/staff/{id}/enable",
                "/api/v1/admin/staff/{id}/reset-2fa",
                "/api/v1/admin/staff/{id}/reset-password",
                "/api/v1/auth/enrolment",
                "/api/v1/auth/enrolment/qr.png",
                "/api/v1/auth/me",
                "/api/v1/auth/password",
                "/api/v1/auth/token",
                "/api/v1/moderation/alerts/{id}",
                "/api/v1/moderation/alerts/{id}/retract",
                "/api/v1/moderation/alerts/{id}/update",
                "/api/v1/moderation/queue",
                "/api/v1/moderation/reports/{reference}",
                "/api/v1/moderation/reports/{reference}/claim",
                "/api/v1/moderation/reports/{reference}/contact",
                "/api/v1/moderation/reports/{reference}/decision",
                "/api/v1/moderation/reports/{reference}/messages",
                "/api/v1/moderation/reports/{reference}/notes",
                "/api/v1/moderation/reports/{reference}/pii-check");
        List<String> subscriptions = List.of(
                "/api/v1/admin/deliveries",
                "/api/v1/admin/deliveries/{id}/retry",
                "/api/v1/alerts",
                "/api/v1/alerts/sheet.pdf",
                "/api/v1/alerts/{id}",
                "/api/v1/checks",
                "/api/v1/moderation/subscribers",
                "/api/v1/moderation/subscribers/{id}/approve",
                "/api/v1/moderation/subscribers/{id}/reject",
                "/api/v1/subscriptions",
                "/api/v1/subscriptions/confirm",
                "/api/v1/subscriptions/me",
                "/api/v1/subscriptions/unsubscribe");
        List<String> liaison = List.of(
                "/api/v1/admin/liaison/notices",
                "/api/v1/liaison/intel",
                "/api/v1/liaison/intel/export",
                "/api/v1/liaison/intel/{reference}",
                "/api/v1/liaison/intel/{reference}/contact",
                "/api/v1/liaison/intel/{reference}/contact/contacted",
                "/api/v1/liaison/intel/{reference}/export",
                "/api/v1/liaison/me/access",
                "/api/v1/liaison/notices",
                "/api/v1/liaison/notices/{id}/acknowledge",
                "/api/v1/moderation/reports/{reference}/intelligence");
        List<String> expected = new java.util.ArrayList<>(staff);
        expected.addAll(subscriptions);
        expected.addAll(liaison);
        expected.addAll(List.of(
                AREAS_PATH, MY_REPORT_PATH, MY_CONSENTS_PATH, MY_INCIDENTS_PATH, MY_MESSAGES_PATH, REPORTS_PATH));
        expected.add("/api/v1/admin/retention");
        expected.add("/api/v1/admin/keys");
        expected.add("/api/v1/admin/keys/reseal");
        expected.add("/api/v1/admin/keys/rehash");
        assertEquals(expected.stream().sorted().toList(), api);
        assertEquals(
                List.of(),
                paths.keySet().stream()
                        .filter(p -> !p.startsWith("/api/"))
                        .sorted()
                        .toList(),
                "HTML pages are not part of the API document");
    }
}
