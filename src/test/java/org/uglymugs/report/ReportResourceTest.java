package org.uglymugs.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.Fixtures;

@QuarkusTest
class ReportResourceTest {

    @Test
    void submitsAReportAndAnswersWithReferenceAndReceipt() {
        long before = Db.count("select count(*) from report");
        given().contentType(ContentType.JSON).body(Fixtures.report())
                .when().post("/api/v1/reports")
                .then().statusCode(201)
                .body("reference", matchesPattern("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"))
                .body("receipt", matchesPattern("([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}"))
                .body("status", equalTo("SUBMITTED"));
        assertEquals(before + 1, Db.count("select count(*) from report"));
    }

    @Test
    void rejectsAnInvalidPhoneNumberNamingTheField() {
        Map<String, Object> body = Fixtures.report();
        ((java.util.List<Map<String, Object>>) body.get("identifiers")).get(0).put("value", "12");
        long before = Db.count("select count(*) from report");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("identifiers[0].value"));
        assertEquals(before, Db.count("select count(*) from report"));
    }
}
