package org.uglymugs.audit;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.uglymugs.support.Db;
import org.uglymugs.support.StaffApi;

/**
 * Changes the audit log behind the application's back, as a database writer without the keys
 * could, and puts it back: a test that breaks the chain restores it, so every other test (and the
 * product's own verify) still sees an intact chain, whatever the order.
 */
public final class Tamper {

    private Tamper() {}

    /** Runs statements with the append-only triggers off, as the table's owner could. */
    public static void behindTheBack(String... statements) {
        Db.execute("alter table audit_entry disable trigger audit_entry_no_change");
        try {
            for (String sql : statements) {
                Db.execute(sql);
            }
        } finally {
            Db.execute("alter table audit_entry enable trigger audit_entry_no_change");
        }
    }

    /** Three fresh staff entries of the caller's own (an account created, disabled, enabled): their ids. */
    public static List<Long> ownEntries() {
        String username = StaffApi.unique("tamper");
        long staff = admin().contentType("application/json")
                .body(Map.of(
                        "username", username, "password", "a-long-initial-password", "roles", List.of("MODERATOR")))
                .post("/api/v1/admin/staff")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        admin().post("/api/v1/admin/staff/" + staff + "/disable").then().statusCode(200);
        admin().post("/api/v1/admin/staff/" + staff + "/enable").then().statusCode(200);
        return Db.strings("select id from audit_entry where target = ? order by id", username).stream()
                .map(Long::parseLong)
                .toList();
    }

    /** The API's verification. */
    public static JsonPath verify() {
        return admin().get("/api/v1/admin/audit/verify")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(StaffApi.token(StaffApi.ADMIN));
    }
}
