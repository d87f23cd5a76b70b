package org.uglymugs.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.uglymugs.support.Fixtures.ACCOUNT;
import static org.uglymugs.support.Fixtures.AREA;
import static org.uglymugs.support.Fixtures.EMAIL;
import static org.uglymugs.support.Fixtures.EMAIL_DIFFERENT;
import static org.uglymugs.support.Fixtures.EMAIL_OTHER_FORM;
import static org.uglymugs.support.Fixtures.PHONE;
import static org.uglymugs.support.Fixtures.PHONE_DIFFERENT;
import static org.uglymugs.support.Fixtures.PHONE_INTERNATIONAL;
import static org.uglymugs.support.Fixtures.PLATE;
import static org.uglymugs.support.Fixtures.PLATE_DIFFERENT;
import static org.uglymugs.support.Fixtures.PLATE_OTHER_FORM;
import static org.uglymugs.support.Fixtures.PROBLEM_JSON;
import static org.uglymugs.support.Fixtures.REFERENCE_PATTERN;
import static org.uglymugs.support.Fixtures.REPORTS_PATH;
import static org.uglymugs.support.Fixtures.SETTING;
import static org.uglymugs.support.Fixtures.calmRisk;
import static org.uglymugs.support.Fixtures.identifier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.uglymugs.support.Api;
import org.uglymugs.support.Db;
import org.uglymugs.support.Fixtures;

@QuarkusTest
class ReportResourceTest {

    private static final String RECEIPT_PATTERN = Fixtures.RECEIPT_PATTERN;
    private static final String SUBMITTED = "SUBMITTED";
    private static final int FIXTURE_IDENTIFIERS = 4;
    private static final List<String> FIXTURE_CATEGORIES = List.of("FRAUD", "PHYSICAL_ASSAULT");

    @Test
    void submitsAReportAndAnswersWithReferenceAndReceipt() {
        long before = Db.count("select count(*) from report");
        given().contentType(ContentType.JSON)
                .body(Fixtures.report())
                .when()
                .post(REPORTS_PATH)
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .body("reference", matchesPattern(REFERENCE_PATTERN))
                .body("receipt", matchesPattern(RECEIPT_PATTERN))
                .body("status", equalTo(SUBMITTED));
        assertEquals(before + 1, Db.count("select count(*) from report"));
    }

    @Test
    void storesTheReportsMetadataInClearAndItsContentSealed() {
        Api.Submitted submitted = Api.submit();
        long id = Db.reportId(submitted.reference());

        assertEquals(List.of(SUBMITTED), Db.strings("select status from report where id = ?", id));
        assertEquals(List.of(AREA), Db.strings("select area from report where id = ?", id));
        assertEquals(List.of(SETTING), Db.strings("select setting from report where id = ?", id));
        assertEquals(
                FIXTURE_CATEGORIES,
                Db.strings("select category from report_category where report_id = ? order by category", id));
        assertEquals(FIXTURE_IDENTIFIERS, Db.count("select count(*) from report_identifier where report_id = ?", id));
        assertEquals(
                List.of("t,t,f,f,f"),
                Db.strings(
                        "select concat_ws(',', consent_alert_others, "
                                + "consent_police_intel, consent_police_contact_me, consent_support_contact_me, consent_research) "
                                + "from report where id = ?",
                        id));
        assertEquals(
                1,
                Db.count(
                        "select count(*) from report where id = ? and account_sealed is not null "
                                + "and location_sealed is not null and description_sealed is not null and risk_sealed is not null "
                                + "and contact_sealed is null",
                        id));
    }

    @Test
    void twoReportsGetDifferentReceiptsAndReferences() {
        Api.Submitted first = Api.submit();
        Api.Submitted second = Api.submit();
        assertNotEquals(first.reference(), second.reference());
        assertNotEquals(first.receipt(), second.receipt());
    }

    @Test
    void rejectsAnInvalidPhoneNumberNamingTheField() {
        Map<String, Object> body = Fixtures.report();
        ((List<Map<String, Object>>) body.get("identifiers")).get(0).put("value", Fixtures.INVALID_PHONE);
        long before = Db.count("select count(*) from report");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(REPORTS_PATH)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("identifiers[0].value"));
        assertEquals(before, Db.count("select count(*) from report"));
    }

    static Stream<Arguments> sameIdentifierWrittenTwoWays() {
        return Stream.of(
                Arguments.of("PHONE", PHONE, PHONE_INTERNATIONAL, PHONE_DIFFERENT),
                Arguments.of("EMAIL", EMAIL, EMAIL_OTHER_FORM, EMAIL_DIFFERENT),
                Arguments.of("VEHICLE_REG", PLATE, PLATE_OTHER_FORM, PLATE_DIFFERENT));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" and \"{2}\" match, \"{3}\" does not")
    @MethodSource("sameIdentifierWrittenTwoWays")
    void storesIdentifiersNormalisedSoTheKeyedHashesMatch(
            String type, String written, String writtenOtherwise, String different) {
        String first = identifierHash(type, written);
        String second = identifierHash(type, writtenOtherwise);
        String other = identifierHash(type, different);

        assertEquals(first, second, "the same " + type + " in two forms must give the same keyed hash");
        assertNotEquals(first, other, "a different " + type + " must give a different keyed hash");
    }

    @Test
    void anIdentifierNamedTwiceInOneReportIsStoredOnce() {
        Api.Submitted submitted = Api.submit(
                Fixtures.reportNaming(List.of(identifier("PHONE", PHONE), identifier("PHONE", PHONE_INTERNATIONAL))));
        assertEquals(
                1,
                Db.count(
                        "select count(*) from report_identifier where report_id = ?",
                        Db.reportId(submitted.reference())));
    }

    /** The keyed hash stored for the one identifier of a new report naming only it. */
    private static String identifierHash(String type, String value) {
        Api.Submitted submitted = Api.submit(Fixtures.reportNaming(List.of(identifier(type, value))));
        List<String> hashes = Db.strings(
                "select encode(value_hash, 'hex') from report_identifier " + "where report_id = ? and type = ?",
                Db.reportId(submitted.reference()),
                type);
        assertEquals(1, hashes.size());
        return hashes.get(0);
    }

    static Stream<Arguments> riskCases() {
        return Stream.of(
                Arguments.of("rape", List.of("RAPE"), calmRisk(), "HIGH"),
                Arguments.of("a weapon", List.of("FRAUD"), with(calmRisk(), "weapon", true), "HIGH"),
                Arguments.of(
                        "threats to kill", List.of("FRAUD"), with(calmRisk(), "threats", "THREATS_TO_KILL"), "HIGH"),
                Arguments.of("afraid of harm", List.of("FRAUD"), with(calmRisk(), "afraidOfHarm", true), "HIGH"),
                Arguments.of("physical assault", List.of("PHYSICAL_ASSAULT"), calmRisk(), "ELEVATED"),
                Arguments.of("fraud, no answers", List.of("FRAUD"), null, "STANDARD"));
    }

    @ParameterizedTest(name = "{0} → {3}")
    @MethodSource("riskCases")
    void storesTheRiskLevel(String label, List<String> categories, Map<String, Object> risk, String expected) {
        Api.Submitted submitted = Api.submit(Fixtures.report(categories, risk));
        assertEquals(
                List.of(expected),
                Db.strings("select risk_level from report where reference = ?", submitted.reference()));
    }

    private static Map<String, Object> with(Map<String, Object> risk, String question, Object answer) {
        risk.put(question, answer);
        return risk;
    }

    @Test
    void theAccountIsNotEchoedInTheAnswer() {
        given().contentType(ContentType.JSON)
                .body(Fixtures.report())
                .when()
                .post(REPORTS_PATH)
                .then()
                .statusCode(201)
                .body(not(containsString(ACCOUNT)));
    }
}
