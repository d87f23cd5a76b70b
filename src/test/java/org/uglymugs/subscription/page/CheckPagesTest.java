package org.uglymugs.subscription.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Checks;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Subscribers;

/** /check: the strict CSP, both languages, the one 404, and a mistake named without echoing it. */
@QuarkusTest
class CheckPagesTest {

    GreenMail mail;

    @Test
    void theCheckPageNamesABadFieldInBothLanguagesAndNeverEchoesTheValue() {
        String area = Desk.newArea("checkpage");
        String token = Subscribers.active(mail, Subscribers.request(Subscribers.newAddress("checkpage"), area));
        String bad = "99" + Checks.digits() + "1234567";

        String page = given().contentType(ContentType.URLENC)
                .formParam("token", token)
                .formParam("lang", "en")
                .formParam("type", "PHONE")
                .formParam("value", bad)
                .post("/check/answer")
                .then()
                .statusCode(400)
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Cache-Control", "no-store")
                .body(containsString("There is a problem"))
                .body(containsString("Check this field: value"))
                .extract()
                .asString();
        assertEquals(-1, page.indexOf(bad), "the page does not echo the checked value");
        assertEquals(-1, page.indexOf("<script"));

        given().contentType(ContentType.URLENC)
                .formParam("token", token)
                .formParam("lang", "nl")
                .post("/check")
                .then()
                .statusCode(200)
                .body(containsString("Controleren voor een afspraak"));
        given().contentType(ContentType.URLENC)
                .formParam("token", token)
                .formParam("lang", "nl")
                .formParam("type", "EMAIL")
                .formParam("value", "niemand." + Checks.digits() + "@example.com")
                .post("/check/answer")
                .then()
                .statusCode(200)
                .body(containsString("Staat in geen enkele actuele waarschuwing"));
    }

    @Test
    void aWrongTokenGetsTheOneNotFoundPage() {
        given().get("/check?token=wrong").then().statusCode(404).contentType(ContentType.HTML);
        given().contentType(ContentType.URLENC)
                .formParam("token", "wrong")
                .formParam("type", "PHONE")
                .formParam("value", "07911 123456")
                .post("/check/answer")
                .then()
                .statusCode(404)
                .contentType(ContentType.HTML);
    }
}
