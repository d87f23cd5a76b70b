package org.uglymugs.subscription;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Checks;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.Subscribers;

/** GET /api/v1/alerts/sheet.pdf: the area's live alerts on paper, the published fields and nothing of the reporter's. */
@QuarkusTest
class AlertSheetTest {

    private static final String SHEET = Subscribers.ALERTS_PATH + "/sheet.pdf";

    GreenMail mail;

    private String area;

    @BeforeEach
    void freshArea() {
        area = Desk.newArea("sheet");
    }

    @Test
    void theSheetHoldsThePublishedFieldsAndNothingOfTheReporters() throws IOException {
        String token = Subscribers.active(mail, Subscribers.request(Subscribers.newAddress("sheet"), area));
        Desk.Filed filed = Desk.file(Fixtures.reportWithContact());
        Checks.publish(filed.reference(), List.of(area), "Violent client near the station");
        Desk.Filed gone = Desk.file(Fixtures.report());
        Checks.retract(Checks.publish(gone.reference(), List.of(area), "Withdrawn alert title"));
        String elsewhere = Desk.newArea("sheet-other");
        Checks.publish(Desk.file(Fixtures.report()).reference(), List.of(elsewhere), "Alert of another area");

        byte[] pdf = Subscribers.withToken(token)
                .get(SHEET + "?area=" + area)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("alerts-" + area + ".pdf"))
                .extract()
                .asByteArray();
        String text = text(pdf);

        for (String published : List.of(
                "Current alerts: Test area " + area,
                "Violent client near the station",
                Checks.SUMMARY,
                "White man, 40s, heavy build, London accent.",
                Fixtures.PHONE_E164,
                Fixtures.EMAIL_NORMALISED,
                Fixtures.PLATE_OTHER_FORM,
                "Severity: High",
                "Printed ",
                "Confidential",
                "/report?lang=en")) {
            assertTrue(text.contains(published), "the sheet shows " + published + " in: " + text);
        }
        for (String secret : List.of(
                filed.reference(),
                Fixtures.ACCOUNT,
                Fixtures.LOCATION_TEXT,
                Fixtures.MARKS,
                Fixtures.CONTACT_NAME,
                Fixtures.CONTACT_EMAIL,
                Fixtures.CONTACT_PHONE_E164,
                "Withdrawn alert title",
                "Alert of another area")) {
            assertFalse(text.contains(secret), "the sheet must not show " + secret);
        }
    }

    @Test
    void theSheetIsInTheSubscribersLanguageAndOnlyForAreasTheyFollow() throws IOException {
        Map<String, Object> dutch = Subscribers.request(Subscribers.newAddress("blad"), area);
        dutch.put("language", "nl");
        String token = Subscribers.active(mail, dutch);
        String text = text(Subscribers.withToken(token)
                .get(SHEET + "?area=" + area)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        assertTrue(text.contains("Actuele waarschuwingen") && text.contains("Vertrouwelijk"), text);
        assertTrue(text.contains("Geen actuele waarschuwingen in dit gebied."), text);

        Subscribers.withToken(token)
                .get(SHEET + "?area=" + Fixtures.AREA)
                .then()
                .statusCode(404)
                .contentType(Fixtures.PROBLEM_JSON);
        Subscribers.withToken(token).get(SHEET).then().statusCode(400).contentType(Fixtures.PROBLEM_JSON);
        Subscribers.withToken("wrong").get(SHEET + "?area=" + area).then().statusCode(404);
    }

    @Test
    void printThisAreaOnTheAlertsPageAnswersThePdf() throws IOException {
        String token = Subscribers.active(mail, Subscribers.request(Subscribers.newAddress("print"), area));
        given().contentType(ContentType.URLENC)
                .formParam("token", token)
                .post("/alerts")
                .then()
                .statusCode(200)
                .body(containsString("Print this area"))
                .body(containsString("value=\"" + area + "\""));
        byte[] pdf = given().contentType(ContentType.URLENC)
                .formParam("token", token)
                .formParam("area", area)
                .post("/alerts/sheet")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        assertTrue(text(pdf).contains("Current alerts"));
        given().contentType(ContentType.URLENC)
                .formParam("token", token)
                .formParam("area", Fixtures.AREA)
                .post("/alerts/sheet")
                .then()
                .statusCode(404)
                .contentType(ContentType.HTML);
    }

    /** The PDF's text with every run of white space made one space (lines wrap anywhere). */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
