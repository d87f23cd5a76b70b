package org.uglymugs.report.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Desk;

/** The report form as people fill it: required answers only, identifiers as written, the key typed back. */
@QuarkusTest
class ReportFormFlowTest {

    static RequestSpecification required(String lang) {
        return given().contentType(ContentType.URLENC)
                .formParam("lang", lang)
                .formParam("categories", "STALKING")
                .formParam("account", "He keeps turning up where I work.")
                .formParam("occurredAt.date", LocalDate.now().minusDays(1).toString())
                .formParam("area", "online")
                .formParam("setting", "ONLINE");
    }

    static String reference(Response receipt) {
        return receipt.htmlPath().getString("**.find { it.@id == 'reference' }").trim();
    }

    @Test
    void theRequiredAnswersAloneFileAReportWithAnAreaForEveryone() {
        Response page = required("en").post("/report");
        page.then()
                .statusCode(200)
                .body(containsString("Reference (not your key):"))
                .body(containsString("id=\"screenshot-warning\""))
                .body(containsString("Nothing yet: only our team reads your report."));
        given().get("/report?lang=nl")
                .then()
                .body(containsString("<option value=\"unknown\">Ik weet de regio niet</option>"))
                .body(containsString("<option value=\"online\">Alleen online</option>"))
                .body(containsString("Buiten de genoemde regio&#39;s"));
    }

    @Test
    void identifiersAreReadAsWrittenAndDutchNumbersOnTheDutchPage() {
        Response receipt = required("nl")
                .formParam("identifiers[0].value", "06 12345678")
                .formParam("identifiers[1].value", "Bad.Client@example.com")
                .formParam("identifiers[2].value", "07911 123456 (whatsapp)")
                .post("/report");
        receipt.then().statusCode(200);
        List<String> values = Desk.moderator()
                .get("/api/v1/moderation/reports/" + reference(receipt))
                .then()
                .statusCode(200)
                .extract()
                .path("report.identifiers.value");
        assertEquals(List.of("+31612345678", "bad.client@example.com", "+447911123456"), values);
    }

    @Test
    void aNumberThatCannotBeVerifiedIsKeptAfterOneWarning() {
        String unallocated = "07911 654321";
        required("en")
                .formParam("identifiers[0].type", "PHONE")
                .formParam("identifiers[0].value", unallocated)
                .post("/report")
                .then()
                .statusCode(400)
                .body(containsString("We could not confirm that this number exists."))
                .body(containsString("name=\"phonesChecked\" value=\"true\""))
                .body(containsString("value=\"" + unallocated + "\""));
        required("en")
                .formParam("identifiers[0].type", "PHONE")
                .formParam("identifiers[0].value", unallocated)
                .formParam("phonesChecked", "true")
                .post("/report")
                .then()
                .statusCode(200)
                .body(containsString("id=\"receipt\""));
    }

    @Test
    void theKeyIsTypedBackBeforeLeaving() {
        Response receipt = required("en").post("/report");
        String key =
                receipt.htmlPath().getString("**.find { it.@id == 'receipt' }").trim();
        done(key, reference(receipt), "")
                .then()
                .statusCode(400)
                .body(containsString("Type your key first"))
                .body(containsString(key));
        done(key, reference(receipt), key.substring(0, 10))
                .then()
                .statusCode(400)
                .body(containsString("This is not the same key."));
        done(key, reference(receipt), key.toLowerCase().replace("-", " "))
                .then()
                .statusCode(200)
                .body(containsString("Thank you"))
                .body(not(containsString(key)));
    }

    private static Response done(String key, String reference, String typed) {
        return given().contentType(ContentType.URLENC)
                .formParam("lang", "en")
                .formParam("reference", reference)
                .formParam("receipt", key)
                .formParam("check", typed)
                .post("/report/done");
    }
}
