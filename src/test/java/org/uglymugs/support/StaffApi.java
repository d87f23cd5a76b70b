package org.uglymugs.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Staff logins for tests, through the real API: the dev/test demo accounts, and accounts made on the fly. */
public final class StaffApi {

    public record Account(String username, String password, String secret) {}

    public static final Account ADMIN = new Account("admin", "demo-admin-password", "ADMINDEMOSECRETADMINDEMOSECRET23");
    public static final Account MODERATOR =
            new Account("moderator", "demo-moderator-password", "MODERATORDEMOSECRETMODERATORDEMO");
    public static final Account LIAISON =
            new Account("liaison", "demo-liaison-password", "LIAISONDEMOSECRETLIAISONDEMOSECR");

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private StaffApi() {}

    /** A live bearer token for the account, logging in only when the cached one no longer works. */
    public static String token(Account account) {
        String cached = TOKENS.get(account.username());
        if (cached != null
                && given().auth().oauth2(cached).get("/api/v1/auth/me").statusCode() == 200) {
            return cached;
        }
        String token = login(account);
        TOKENS.put(account.username(), token);
        return token;
    }

    /** A token request with the account's password and its next TOTP code, for the caller to check the answer. */
    public static ValidatableResponse requestToken(Account account) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        account.username(),
                        "password",
                        account.password(),
                        "totp",
                        TotpCodes.next(account.secret())))
                .post("/api/v1/auth/token")
                .then();
    }

    public static String login(Account account) {
        return requestToken(account).statusCode(200).extract().path("token");
    }

    /**
     * Creates an account through the admin API, enrols its 2FA and changes its initial password, as
     * its owner would; the account returned holds the owner's own password.
     */
    public static Account create(String username, Set<String> roles, Set<String> areas) {
        String password = "pw-" + username + "-initial";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", password);
        body.put("roles", List.copyOf(roles));
        body.put("areas", List.copyOf(areas));
        given().auth()
                .oauth2(token(ADMIN))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/admin/staff")
                .then()
                .statusCode(201);
        String enrolling = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("token");
        String secret = given().auth()
                .oauth2(enrolling)
                .get("/api/v1/auth/enrolment")
                .then()
                .statusCode(200)
                .extract()
                .path("secret");
        given().auth()
                .oauth2(enrolling)
                .contentType(ContentType.JSON)
                .body(Map.of("totp", TotpCodes.next(secret)))
                .post("/api/v1/auth/enrolment")
                .then()
                .statusCode(204);
        return changeInitialPassword(new Account(username, password, secret));
    }

    /**
     * Logs in an enrolled account whose password must change (first login, or after a reset) and
     * changes it, as its owner would: the account with its new password.
     */
    public static Account changeInitialPassword(Account account) {
        String restricted = requestToken(account).statusCode(200).extract().path("token");
        String own = "pw-" + account.username() + "-long-enough";
        given().auth()
                .oauth2(restricted)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "currentPassword",
                        account.password(),
                        "newPassword",
                        own,
                        "totp",
                        TotpCodes.next(account.secret())))
                .post("/api/v1/auth/password")
                .then()
                .statusCode(204);
        return new Account(account.username(), own, account.secret());
    }

    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }
}
