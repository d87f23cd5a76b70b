package org.uglymugs.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.StaffApi.Account;

/**
 * M4: whoever can write to the database but holds no key cannot mint a moderator or widen an
 * account: the security-relevant columns carry a MAC under a key outside the database, checked at
 * login and on every request of a session.
 */
@QuarkusTest
class StaffRowMacTest {

    // Usernames start with "zz-": the admin page tests look for their own accounts on the list's first page.

    @Test
    void anAccountInsertedBySqlWithACopiedSecretCannotLogInAndSeesNoSecret() {
        String username = StaffApi.unique("zz-minted");
        long id = 9_000_000_000L + (System.nanoTime() % 1_000_000_000L);
        // Everything copied from the real moderator's row: password hash (its password is known to
        // the attacker here), the sealed TOTP secret, even its MAC; enrolment not done yet.
        Db.execute(
                "insert into staff_account (id, username, password_hash, totp_sealed, totp_enrolled, created_at, row_mac)"
                        + " select " + id + ", '" + username + "', password_hash, totp_sealed, false, now(), row_mac"
                        + " from staff_account where username = 'moderator'");
        Db.execute("insert into staff_role (staff_id, role) values (" + id + ", 'MODERATOR')");

        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", StaffApi.MODERATOR.password()))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(401)
                .body(not(containsString(StaffApi.MODERATOR.secret())));
        // The same row with the application's own MAC computed for it would have opened an enrolment
        // session showing the copied secret: the MAC is all that stands between.
    }

    @Test
    void aRoleAddedBySqlEndsTheSessionAndTheAccountsLogins() {
        Account account = StaffApi.create(StaffApi.unique("zz-widened"), Set.of("MODERATOR"), Set.of());
        String token = StaffApi.login(account);
        given().auth().oauth2(token).get("/api/v1/moderation/queue").then().statusCode(200);

        Db.execute("insert into staff_role (staff_id, role) select id, 'ADMIN' from staff_account where username = '"
                + account.username() + "'");

        given().auth().oauth2(token).get("/api/v1/moderation/queue").then().statusCode(401);
        given().auth().oauth2(token).get("/api/v1/admin/staff").then().statusCode(401);
        StaffApi.requestToken(account).statusCode(401);
    }

    @Test
    void accountsTheApplicationWritesKeepWorking() {
        Account account = StaffApi.create(StaffApi.unique("zz-honest"), Set.of("MODERATOR"), Set.of());
        given().auth()
                .oauth2(StaffApi.login(account))
                .get("/api/v1/moderation/queue")
                .then()
                .statusCode(200);
    }
}
