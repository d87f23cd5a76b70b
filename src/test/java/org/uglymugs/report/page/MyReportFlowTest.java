package org.uglymugs.report.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Fixtures;

/** /my-report as people meet it: a reference typed for the key, a reloaded tab, a published alert. */
@QuarkusTest
class MyReportFlowTest {

    @Test
    void theReporterSeesThePublishedTextAndCanTakeItDown() {
        Desk.Filed filed = Desk.file(Fixtures.report());
        Desk.moderator()
                .body(Desk.publish(Desk.draft(Fixtures.AREA, List.of(), "Refused to pay, then turned violent."), false))
                .post("/api/v1/moderation/reports/" + filed.reference() + "/decision")
                .then()
                .statusCode(200);
        given().contentType(ContentType.URLENC)
                .formParam("lang", "en")
                .formParam("receipt", filed.receipt())
                .post("/my-report")
                .then()
                .statusCode(200)
                .body(containsString("What we published"))
                .body(containsString("Refused to pay, then turned violent."))
                .body(containsString("Warn other workers; Share his details with the police, anonymously;"))
                .body(containsString("name=\"consents.policeIntel\" value=\"true\""));
        given().contentType(ContentType.URLENC)
                .formParam("lang", "en")
                .formParam("receipt", filed.receipt())
                .formParam("consents.policeIntel", "true")
                .post("/my-report/take-down")
                .then()
                .statusCode(200)
                .body(containsString("The alert has been taken down."))
                .body(not(containsString("What we published")));
        given().header(Fixtures.RECEIPT_HEADER, filed.receipt())
                .get(Fixtures.MY_REPORT_PATH)
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("RECORDED"))
                .body("consents.alertOthers", org.hamcrest.Matchers.equalTo(false))
                .body("consents.policeIntel", org.hamcrest.Matchers.equalTo(true))
                .body("published", org.hamcrest.Matchers.nullValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'', Enter your key.",
        "K7QX-9ZD2, This is your report's reference (8 characters), not its key.",
        "k7qx 9zd2, This is your report's reference (8 characters), not its key."
    })
    void myReportExplainsAnEmptyKeyOrAReference(String typed, String message) {
        given().contentType(ContentType.URLENC)
                .formParam("lang", "en")
                .formParam("receipt", typed)
                .post("/my-report")
                .then()
                .statusCode(400)
                .body(containsString(message.replace("'", "&#39;")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/my-report/incidents, en, For your safety we do not keep you signed in",
        "/my-report/messages, nl, Voor je veiligheid blijf je niet ingelogd",
        "/my-report/consents, en, For your safety we do not keep you signed in",
        "/my-report/erase, en, For your safety we do not keep you signed in",
        "/my-report/take-down, en, For your safety we do not keep you signed in"
    })
    void aReloadedFormActionShowsTheKeyPage(String path, String lang, String text) {
        String html = given().get(path + "?lang=" + lang)
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .extract()
                .asString();
        assertTrue(html.contains(text) && html.contains("id=\"receipt\""), path + " shows the key page");
    }
}
