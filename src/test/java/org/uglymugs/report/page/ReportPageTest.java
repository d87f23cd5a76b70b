package org.uglymugs.report.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.Fixtures;

@QuarkusTest
class ReportPageTest {

    static final String CSP = "default-src 'none'";

    @Test
    void formIsServedWithAStrictPolicyAndNoScripts() {
        String html = given().when()
                .get("/report?lang=en")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString(CSP))
                .header("Cache-Control", "no-store")
                .contentType(ContentType.HTML)
                .extract()
                .asString();
        assertEquals(-1, html.indexOf("<script"), "pages must not need JavaScript");
        assertEquals(-1, html.indexOf("http://"), "no third-party assets");
    }

    @Test
    void formSpeaksDutch() {
        given().when()
                .get("/report?lang=nl")
                .then()
                .statusCode(200)
                .body(containsString("Een gevaarlijke klant melden"))
                .body(containsString("lang=\"nl\""));
        given().header("Accept-Language", "nl-NL,nl;q=0.9")
                .when()
                .get("/report")
                .then()
                .statusCode(200)
                .body(containsString("Melding versturen"));
    }

    @Test
    void invalidFormShowsErrorsNextToFieldsAndKeepsInput() {
        long before = Db.count("select count(*) from report");
        given().contentType(ContentType.URLENC)
                .formParam("lang", "en")
                .formParam("account", "my words stay here")
                .formParam("identifiers[2].type", "PHONE")
                .formParam("identifiers[2].value", "12")
                .when()
                .post("/report")
                .then()
                .statusCode(400)
                .body(containsString("my words stay here"))
                .body(containsString("id=\"categories-error\""))
                .body(containsString("id=\"identifiers[2].value-error\""))
                .body(containsString("This does not read as a phone number: check the digits."))
                .body(containsString("What happened (choose all that apply): Choose at least one thing that happened."))
                .body(containsString("Identifier 3, Value: This does not read as a phone number"))
                .body(containsString("Area: Choose an area, or"));
        assertEquals(before, Db.count("select count(*) from report"));
    }

    @Test
    void aValidFormShowsAReceiptThatOpensTheReport() {
        Response page = given().contentType(ContentType.URLENC)
                .formParam("lang", "en")
                .formParam("categories", "FRAUD")
                .formParam("categories", "THREATS")
                .formParam("account", Fixtures.ACCOUNT)
                .formParam("occurredAt.date", LocalDate.now().minusDays(1).toString())
                .formParam("area", Fixtures.AREA)
                .formParam("setting", "INCALL")
                .formParam("identifiers[0].type", "PHONE")
                .formParam("identifiers[0].value", Fixtures.PHONE)
                .formParam("risk.weapon", "no")
                .formParam("consents.alertOthers", "true")
                .when()
                .post("/report");
        page.then()
                .statusCode(200)
                .body(containsString("Type your key to check you saved it"))
                .body(not(containsString(Fixtures.ACCOUNT)));
        String receipt =
                page.htmlPath().getString("**.find { it.@id == 'receipt' }").trim();
        given().contentType(ContentType.URLENC)
                .formParam("receipt", receipt)
                .formParam("lang", "en")
                .when()
                .post("/my-report")
                .then()
                .statusCode(200)
                .body(containsString("Received"))
                .body(containsString("Fraud or non-payment"));
    }

    @Test
    void wrongReceiptOnThePageIsTheSameNotFound() {
        given().contentType(ContentType.URLENC)
                .formParam("receipt", "nope")
                .formParam("lang", "en")
                .when()
                .post("/my-report")
                .then()
                .statusCode(404)
                .body(containsString("No report matches this key"));
    }

    @Test
    void theSameFormSentTwiceFilesOneReport() {
        String html =
                given().get("/report?lang=en").then().statusCode(200).extract().asString();
        String token = html.replaceAll("(?s).*name=\"formToken\" value=\"([^\"]+)\".*", "$1");
        long before = Db.count("select count(*) from report");
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.URLENC)
                    .formParam("lang", "en")
                    .formParam("formToken", token)
                    .formParam("categories", "FRAUD")
                    .formParam("account", Fixtures.ACCOUNT)
                    .formParam("occurredAt.date", LocalDate.now().minusDays(1).toString())
                    .formParam("area", Fixtures.AREA)
                    .formParam("setting", "INCALL")
                    .when()
                    .post("/report")
                    .then()
                    .statusCode(200)
                    .body(containsString(
                            i == 0 ? "Type your key to check you saved it" : "This report has already been sent"));
        }
        assertEquals(before + 1, Db.count("select count(*) from report"));
    }
}
