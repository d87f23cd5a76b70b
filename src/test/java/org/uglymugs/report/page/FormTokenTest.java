package org.uglymugs.report.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.Fixtures;

/**
 * No report lost (review M1): the form's one-time token is used up in the same transaction as the
 * report is stored, so a form refused or failed while storing can be sent again, and "already
 * sent" is said only for a stored report.
 */
@QuarkusTest
class FormTokenTest {

    private static final String RECEIPT_PAGE = "Type your key to check you saved it";
    private static final String ALREADY_SENT = "This report has already been sent";

    @Test
    void aFormThatFailedWhileBeingStoredCanBeSentAgainWithItsToken() {
        String token = freshToken();
        long reports = Db.count("select count(*) from report");
        long tokens = Db.count("select count(*) from report_form_token");
        Db.execute("create or replace function test_refuse_report() returns trigger language plpgsql as "
                + "$$ begin raise exception 'storing fails in this test'; end $$");
        Db.execute("create trigger test_refuse_report before insert on report "
                + "for each row execute function test_refuse_report()");
        try {
            validForm(token).when().post("/report").then().statusCode(500);
        } finally {
            Db.execute("drop trigger test_refuse_report on report");
            Db.execute("drop function test_refuse_report()");
        }
        assertEquals(tokens, Db.count("select count(*) from report_form_token"), "the failed form's token is unused");
        validForm(token)
                .when()
                .post("/report")
                .then()
                .statusCode(200)
                .body(containsString(RECEIPT_PAGE))
                .body(not(containsString(ALREADY_SENT)));
        assertEquals(reports + 1, Db.count("select count(*) from report"));
        validForm(token).when().post("/report").then().statusCode(200).body(containsString(ALREADY_SENT));
        assertEquals(reports + 1, Db.count("select count(*) from report"));
    }

    @Test
    void aRefusedFormLeavesNoRowInAnyTableAndItsCorrectionIsStored() {
        String token = freshToken();
        Map<String, Long> before = Db.allRowCounts();
        validForm(token)
                .formParam("identifiers[0].type", "PHONE")
                .formParam("identifiers[0].value", Fixtures.INVALID_PHONE)
                .when()
                .post("/report")
                .then()
                .statusCode(400);
        assertEquals(before, Db.allRowCounts(), "a refused form leaves no row in any table, its token unused");
        validForm(token).when().post("/report").then().statusCode(200).body(containsString(RECEIPT_PAGE));
        assertEquals(before.get("report") + 1, Db.count("select count(*) from report"));
    }

    private static String freshToken() {
        String html =
                given().get("/report?lang=en").then().statusCode(200).extract().asString();
        return html.replaceAll("(?s).*name=\"formToken\" value=\"([^\"]+)\".*", "$1");
    }

    private static RequestSpecification validForm(String token) {
        return given().contentType(ContentType.URLENC)
                .formParam("lang", "en")
                .formParam("formToken", token)
                .formParam("categories", "FRAUD")
                .formParam("account", Fixtures.ACCOUNT)
                .formParam("occurredAt.date", LocalDate.now().minusDays(1).toString())
                .formParam("area", Fixtures.AREA)
                .formParam("setting", "INCALL");
    }
}
