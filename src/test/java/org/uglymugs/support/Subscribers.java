package org.uglymugs.support;

import static io.restassured.RestAssured.given;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uglymugs.subscription.SubscriptionTokens;

/** Subscriptions through the real API and the real confirmation mail. */
public final class Subscribers {

    public static final String SUBSCRIPTIONS_PATH = "/api/v1/subscriptions";
    public static final String CONFIRM_PATH = SUBSCRIPTIONS_PATH + "/confirm";
    public static final String ME_PATH = SUBSCRIPTIONS_PATH + "/me";
    public static final String UNSUBSCRIBE_PATH = SUBSCRIPTIONS_PATH + "/unsubscribe";
    public static final String ALERTS_PATH = "/api/v1/alerts";
    public static final String MANAGE_HEADER = "X-Manage-Token";

    private Subscribers() {}

    /** The row id of the subscriber holding this manage token (ids are random: never "the latest id"). */
    public static long idOf(String manageToken) {
        byte[] hash = Arc.container().instance(SubscriptionTokens.class).get().manageHash(manageToken);
        return Db.count("select id from subscriber where manage_token_hash = ?", (Object) hash);
    }

    public static String newAddress(String prefix) {
        return StaffApi.unique(prefix).toLowerCase() + "@worker.test";
    }

    public static Map<String, Object> request(String email, String area) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("areas", new ArrayList<>(List.of(area)));
        body.put("categories", new ArrayList<>());
        body.put("minSeverity", "LOW");
        body.put("language", "en");
        body.put("cadence", "IMMEDIATE");
        body.put("discreet", false);
        body.put("note", "I work independently in this area.");
        return body;
    }

    public static void subscribe(Map<String, Object> body) {
        given().contentType(ContentType.JSON)
                .body(body)
                .post(SUBSCRIPTIONS_PATH)
                .then()
                .statusCode(202);
    }

    /** The token of the newest confirmation mail to this address. */
    public static String confirmationToken(GreenMail mail, String email, int mailsSoFar) {
        List<MimeMessage> got = Mailbox.await(mail, email, mailsSoFar);
        return Mailbox.linkParam(got.get(got.size() - 1), "token");
    }

    public static String confirm(String token) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post(CONFIRM_PATH)
                .then()
                .statusCode(200)
                .extract()
                .path("manageToken");
    }

    /** Subscribes and confirms; the manage token. */
    public static String active(GreenMail mail, Map<String, Object> body) {
        subscribe(body);
        return confirm(confirmationToken(mail, (String) body.get("email"), 1));
    }

    public static RequestSpecification withToken(String token) {
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return token == null ? spec : spec.header(MANAGE_HEADER, token);
    }
}
