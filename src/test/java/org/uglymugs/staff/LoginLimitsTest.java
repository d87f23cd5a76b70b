package org.uglymugs.staff;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Staff logins are limited per account as well as per client: a flood against one account stops
 * even while the client (for a flood from many addresses: every client) still has attempts left,
 * and a limited login answers the same whichever limit it met.
 */
@QuarkusTest
@TestProfile(LoginLimitsProfile.class)
class LoginLimitsTest {

    @Test
    void oneAccountIsLimitedWhateverTheClientAndTheAnswerNeverSaysWhichLimit() {
        for (int i = 0; i < LoginLimitsProfile.PER_ACCOUNT; i++) {
            assertEquals(401, attempt("target-account").statusCode());
        }
        Response accountLimited = attempt("TARGET-account ");
        assertEquals(429, accountLimited.statusCode(), "the account's bucket is empty, the client's is not");

        int used = LoginLimitsProfile.PER_ACCOUNT + 1;
        for (int i = used; i < LoginLimitsProfile.PER_CLIENT; i++) {
            assertEquals(401, attempt("other-account-" + i).statusCode(), "another account still gets an answer");
        }
        Response clientLimited = attempt("a-fresh-account");
        assertEquals(429, clientLimited.statusCode(), "the client's bucket is empty");

        assertEquals(clientLimited.asString(), accountLimited.asString());
        assertEquals(headersButDate(clientLimited), headersButDate(accountLimited));
    }

    private static Response attempt(String username) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "not-the-password", "totp", "123456"))
                .post("/api/v1/auth/token");
    }

    private static Set<String> headersButDate(Response response) {
        Set<String> all = new TreeSet<>();
        for (Header h : response.headers()) {
            if (!h.getName().equalsIgnoreCase("Date")) {
                all.add(h.getName().toLowerCase(Locale.ROOT) + ": " + h.getValue());
            }
        }
        return all;
    }
}
