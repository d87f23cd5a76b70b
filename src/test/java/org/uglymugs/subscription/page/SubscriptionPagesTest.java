package org.uglymugs.subscription.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Mailbox;
import org.uglymugs.support.Subscribers;

/** The subscriber pages: no JavaScript, the strict CSP, both languages, tokens only in hidden fields. */
@QuarkusTest
class SubscriptionPagesTest {

    private static final String CSP = "default-src 'none'";
    private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"token\" value=\"([A-Za-z0-9_-]+)\"");

    GreenMail mail;

    @Test
    void theSubscribeFormExplainsItsChoicesInBothLanguages() {
        String en = given().get("/subscribe?lang=en")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString(CSP))
                .header("Cache-Control", "no-store")
                .contentType(ContentType.HTML)
                .extract()
                .asString();
        assertEquals(-1, en.indexOf("<script"));
        assertTrue(en.contains("Discreet mails") && en.contains("Your update"));
        given().get("/subscribe?lang=nl").then().statusCode(200).body(containsString("Discrete mails"));
    }

    @Test
    void subscribeConfirmManageAndReadWithoutTheTokenInAnyLink() {
        String area = Desk.newArea("page");
        String email = Subscribers.newAddress("page");
        given().contentType(ContentType.URLENC)
                .formParam("lang", "en")
                .formParam("email", email)
                .formParam("areas", area)
                .formParam("minSeverity", "LOW")
                .formParam("cadence", "IMMEDIATE")
                .formParam("language", "en")
                .post("/subscribe")
                .then()
                .statusCode(200)
                .body(containsString("Check your inbox"));
        String confirmToken = Subscribers.confirmationToken(mail, email, 1);

        // Opening the mailed link confirms nothing by itself: a scanner's GET only shows a button.
        String confirmPage = given().get("/subscribe/confirm?token=" + confirmToken)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(confirmPage.contains("value=\"" + confirmToken + "\""));
        String confirmed = given().contentType(ContentType.URLENC)
                .formParam("token", confirmToken)
                .formParam("lang", "en")
                .post("/subscribe/confirm")
                .then()
                .statusCode(200)
                .body(containsString("Subscription confirmed"))
                .extract()
                .asString();
        Matcher hidden = HIDDEN_TOKEN.matcher(confirmed);
        assertTrue(hidden.find(), "the manage token sits in a hidden field");
        String manage = hidden.group(1);
        assertFalse(confirmed.contains("?token=" + manage) || confirmed.contains("href=\"/subscription?"));

        String managePage = given().contentType(ContentType.URLENC)
                .formParam("token", manage)
                .post("/subscription")
                .then()
                .statusCode(200)
                .body(containsString(email))
                .extract()
                .asString();
        assertFalse(managePage.contains("?token="), "no link carries the token");
        given().contentType(ContentType.URLENC)
                .formParam("token", manage)
                .post("/alerts")
                .then()
                .statusCode(200)
                .body(containsString("No current alerts"));
        given().get("/read?token=" + manage).then().statusCode(200);
        given().contentType(ContentType.URLENC)
                .formParam("token", "wrong")
                .post("/subscription")
                .then()
                .statusCode(404);

        given().contentType(ContentType.URLENC)
                .formParam("token", manage)
                .post("/subscription/delete")
                .then()
                .statusCode(200)
                .body(containsString("You are unsubscribed"));
        Subscribers.withToken(manage).get(Subscribers.ME_PATH).then().statusCode(404);
        assertTrue(Mailbox.to(mail, email).size() == 1);
    }

    @Test
    void aBadFormComesBackNamingTheFields() {
        given().contentType(ContentType.URLENC)
                .formParam("lang", "en")
                .formParam("email", "not-an-address")
                .post("/subscribe")
                .then()
                .statusCode(400)
                .body(containsString("There is a problem"))
                .body(containsString("email"))
                .body(containsString("areas"));
    }
}
