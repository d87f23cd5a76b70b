package org.uglymugs.report;

import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uglymugs.support.Fixtures.MY_CONSENTS_PATH;
import static org.uglymugs.support.Fixtures.MY_INCIDENTS_PATH;
import static org.uglymugs.support.Fixtures.MY_MESSAGES_PATH;
import static org.uglymugs.support.Fixtures.MY_REPORT_PATH;
import static org.uglymugs.support.Fixtures.PROBLEM_JSON;
import static org.uglymugs.support.Fixtures.VALIDATION_PROBLEM;
import static org.uglymugs.support.Fixtures.consentChange;
import static org.uglymugs.support.Fixtures.consents;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.uglymugs.report.api.Limits;
import org.uglymugs.support.Api;
import org.uglymugs.support.Db;
import org.uglymugs.support.Fixtures;

/** What a reporter can do with the receipt: read, add incidents, change consents, reply, erase. */
@QuarkusTest
class MyReportResourceTest {

    /** Everything the reporter's view may carry: nothing internal, nothing of the report's content. */
    private static final Set<String> VIEW_FIELDS = Set.of(
            "reference",
            "status",
            "categories",
            "consents",
            "contactHeld",
            "incidents",
            "messages",
            "submittedAt",
            "lastUpdate");

    private static final List<String> CONTENT_OF_THE_REPORT = List.of(
            Fixtures.ACCOUNT,
            Fixtures.LOCATION_TEXT,
            Fixtures.MARKS,
            Fixtures.PHONE,
            Fixtures.PHONE_E164,
            Fixtures.EMAIL_NORMALISED,
            Fixtures.PLATE_OTHER_FORM,
            Fixtures.USERNAME_NORMALISED,
            Fixtures.CONTACT_EMAIL,
            Fixtures.CONTACT_PHONE_E164);
    private static final String SUBMITTED = "SUBMITTED";
    private static final String REPORTER = "REPORTER";
    private static final String INCIDENT_TIME_AS_STORED = Fixtures.INCIDENT_TIME + ":00";
    private static final String BLANK = "   ";

    private Api.Submitted report;

    @BeforeEach
    void submitAReport() {
        report = Api.submit(Fixtures.reportWithContact());
    }

    @Test
    void showsStatusCategoriesAndConsentsButNothingOfTheReportItself() {
        String body = view().statusCode(200)
                .contentType(ContentType.JSON)
                .body("reference", equalTo(report.reference()))
                .body("status", equalTo(SUBMITTED))
                .body("categories", containsInAnyOrder("PHYSICAL_ASSAULT", "FRAUD"))
                .body("consents", equalTo(consents(true, true, true, false, false)))
                .body("contactHeld", is(true))
                .body("incidents", empty())
                .body("messages", empty())
                .body("submittedAt", not(blankOrNullString()))
                .body("lastUpdate", not(blankOrNullString()))
                .extract()
                .asString();

        Map<String, Object> fields = view().extract().jsonPath().getMap("$");
        assertEquals(VIEW_FIELDS, fields.keySet(), "the reporter view must carry only what its record names");
        for (String content : CONTENT_OF_THE_REPORT) {
            assertFalse(body.contains(content), "the reporter view must not contain " + content);
        }
    }

    @Test
    void addsAFurtherIncidentWithAllItsFields() {
        Api.withReceipt(report.receipt())
                .body(Fixtures.incident())
                .when()
                .post(MY_INCIDENTS_PATH)
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .body("incidents", hasSize(1));

        view().statusCode(200)
                .body("incidents", hasSize(1))
                .body("incidents[0].incident.date", equalTo(Fixtures.incident().get("date")))
                .body("incidents[0].incident.time", equalTo(INCIDENT_TIME_AS_STORED))
                .body("incidents[0].incident.location", equalTo(Fixtures.INCIDENT_LOCATION))
                .body("incidents[0].incident.whatHappened", equalTo(Fixtures.INCIDENT_WHAT_HAPPENED))
                .body("incidents[0].incident.evidence", equalTo(Fixtures.INCIDENT_EVIDENCE))
                .body("incidents[0].incident.policeContacted", is(true))
                .body("incidents[0].incident.policeReference", equalTo(Fixtures.INCIDENT_POLICE_REFERENCE))
                .body("incidents[0].incident.impact", equalTo(Fixtures.INCIDENT_IMPACT))
                .body("incidents[0].addedAt", not(blankOrNullString()));
        assertEquals(1, rowsOf("report_incident"));
    }

    static Stream<Arguments> badIncidents() {
        return Stream.of(
                Arguments.of("whatHappened", null, "required"),
                Arguments.of("whatHappened", BLANK, "required"),
                Arguments.of("whatHappened", "x".repeat(Limits.INCIDENT + 1), "too_long"),
                Arguments.of("date", null, "required"),
                Arguments.of("date", Fixtures.futureDate(), "in_future"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("badIncidents")
    void aBadIncidentIsRefusedAndNothingIsAdded(String field, String value, String code) {
        Map<String, Object> incident = Fixtures.incident();
        if (value == null) {
            incident.remove(field);
        } else {
            incident.put(field, value);
        }
        invalid(
                Api.withReceipt(report.receipt())
                        .body(incident)
                        .when()
                        .post(MY_INCIDENTS_PATH)
                        .then(),
                field,
                code);
        view().body("incidents", empty());
        assertEquals(0, rowsOf("report_incident"));
    }

    @Test
    void consentChangesTakeEffectAtOnce() {
        Map<String, Object> changed = consents(false, true, false, false, true);
        changeConsents(consentChange(changed, null)).statusCode(200).body("consents", equalTo(changed));
        view().body("consents", equalTo(changed));
        assertEquals(
                List.of("f,t,f,f,t"),
                Db.strings(
                        "select concat_ws(',', consent_alert_others, consent_police_intel, "
                                + "consent_police_contact_me, consent_support_contact_me, consent_research) from report where id = ?",
                        reportId()));
    }

    @Test
    void agreeingToSupportContactNeedsContactDetails() {
        Api.Submitted withoutContact = Api.submit();
        Map<String, Object> original = consents(true, true, false, false, false);

        invalid(
                Api.withReceipt(withoutContact.receipt())
                        .body(consentChange(consents(true, true, false, true, false), null))
                        .when()
                        .put(MY_CONSENTS_PATH)
                        .then(),
                "contact",
                "contact_needed");

        Api.withReceipt(withoutContact.receipt())
                .when()
                .get(MY_REPORT_PATH)
                .then()
                .body("consents", equalTo(original))
                .body("contactHeld", is(false));
    }

    @Test
    void contactDetailsMustReachThePerson() {
        Map<String, Object> contact = Fixtures.contact();
        contact.put("phone", Fixtures.INVALID_PHONE);
        invalid(
                changeConsents(consentChange(consents(true, true, true, true, false), contact)),
                "contact.phone",
                "invalid_phone");
        view().body("consents.supportContactMe", is(false));
    }

    @Test
    void contactIsHeldWhileAConsentNeedsItAndDeletedWhenNoneDoes() {
        Api.Submitted withoutContact = Api.submit();
        report = withoutContact;
        changeConsents(consentChange(consents(true, true, false, true, false), Fixtures.contact()))
                .statusCode(200)
                .body("contactHeld", is(true));
        assertEquals(
                1, Db.count("select count(*) from report where id = ? and contact_sealed is not null", reportId()));

        // Changing another consent without resending the contact keeps it.
        changeConsents(consentChange(consents(true, true, true, true, true), null))
                .statusCode(200)
                .body("contactHeld", is(true));

        changeConsents(consentChange(consents(true, true, false, false, true), null))
                .statusCode(200)
                .body("contactHeld", is(false));
        view().body("contactHeld", is(false));
        assertEquals(1, Db.count("select count(*) from report where id = ? and contact_sealed is null", reportId()));
    }

    @Test
    void aReplyIsListedAsFromTheReporter() {
        Api.withReceipt(report.receipt())
                .body(Fixtures.message(Fixtures.MESSAGE))
                .when()
                .post(MY_MESSAGES_PATH)
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .body("messages", hasSize(1));

        view().body("messages", hasSize(1))
                .body("messages[0].from", equalTo(REPORTER))
                .body("messages[0].body", equalTo(Fixtures.MESSAGE))
                .body("messages[0].sentAt", not(blankOrNullString()));
        assertEquals(1, rowsOf("report_message"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", BLANK})
    void aBlankReplyIsRefused(String text) {
        invalid(
                Api.withReceipt(report.receipt())
                        .body(Fixtures.message(text))
                        .when()
                        .post(MY_MESSAGES_PATH)
                        .then(),
                "body",
                "required");
        assertEquals(0, rowsOf("report_message"));
    }

    @Test
    void anOverLongReplyIsRefused() {
        invalid(
                Api.withReceipt(report.receipt())
                        .body(Fixtures.message("x".repeat(Limits.MESSAGE + 1)))
                        .when()
                        .post(MY_MESSAGES_PATH)
                        .then(),
                "body",
                "too_long");
        assertEquals(0, rowsOf("report_message"));
    }

    static Stream<Arguments> receiptAsTyped() {
        return Stream.of(
                Arguments.of("lower case", (UnaryOperator<String>) r -> r.toLowerCase(Locale.ROOT)),
                Arguments.of("without dashes", (UnaryOperator<String>) r -> r.replace("-", "")),
                Arguments.of("with spaces", (UnaryOperator<String>) r -> r.replace("-", " ")),
                Arguments.of("lower case, spaces, no dashes", (UnaryOperator<String>) r -> r.toLowerCase(Locale.ROOT)
                        .replace("-", "")
                        .replaceAll("(.{4})", "$1 ")
                        .strip()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("receiptAsTyped")
    void aReceiptTypedByHandStillOpensTheReport(String label, UnaryOperator<String> typing) {
        Api.withReceipt(typing.apply(report.receipt()))
                .when()
                .get(MY_REPORT_PATH)
                .then()
                .statusCode(200)
                .body("reference", equalTo(report.reference()));
    }

    @Test
    void erasureDeletesEveryRowOfTheReport() {
        Api.withReceipt(report.receipt())
                .body(Fixtures.incident())
                .when()
                .post(MY_INCIDENTS_PATH)
                .then()
                .statusCode(201);
        Api.withReceipt(report.receipt())
                .body(Fixtures.message(Fixtures.MESSAGE))
                .when()
                .post(MY_MESSAGES_PATH)
                .then()
                .statusCode(201);
        Api.Submitted other = Api.submit();
        long id = reportId();
        Map<String, Long> otherRows = Db.rowsOfReport(Db.reportId(other.reference()));
        assertTrue(Db.rowsOfReport(id).values().stream().allMatch(n -> n > 0), "every table holds a row of the report");

        Api.withReceipt(report.receipt()).when().delete(MY_REPORT_PATH).then().statusCode(204);

        Db.rowsOfReport(id).forEach((table, rows) -> assertEquals(0, rows, table + " still holds rows of the report"));
        assertEquals(0, Db.count("select count(*) from report where reference = ?", report.reference()));
        assertEquals(otherRows, Db.rowsOfReport(Db.reportId(other.reference())), "other reports are untouched");
        view().statusCode(404).contentType(PROBLEM_JSON);
    }

    private ValidatableResponse view() {
        return Api.withReceipt(report.receipt()).when().get(MY_REPORT_PATH).then();
    }

    private ValidatableResponse changeConsents(Map<String, Object> change) {
        return Api.withReceipt(report.receipt())
                .body(change)
                .when()
                .put(MY_CONSENTS_PATH)
                .then();
    }

    private long reportId() {
        return Db.reportId(report.reference());
    }

    private long rowsOf(String table) {
        return Db.count("select count(*) from " + table + " where report_id = ?", reportId());
    }

    private static ValidatableResponse invalid(ValidatableResponse response, String field, String code) {
        return response.statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(VALIDATION_PROBLEM))
                .body("title", not(blankOrNullString()))
                .body("errors.findAll { it.field == '" + field + "' }.code", hasItem(code));
    }
}
