package org.uglymugs.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.StaffApi;

@QuarkusTest
class AuditResourceTest {

    static final String AUDIT = "/api/v1/admin/audit";
    static final String VERIFY = AUDIT + "/verify";
    static final String PASSWORD = "a-long-initial-password";
    static final String TAMPERED_DETAILS = "{\"reason\":\"rewritten behind the back of the application\"}";

    @Test
    void searchesNewestFirstWithFiltersAndPages() {
        String target = StaffApi.unique("audited");
        long id = admin().contentType(ContentType.JSON)
                .body(Map.of("username", target, "password", PASSWORD, "roles", List.of("MODERATOR")))
                .post("/api/v1/admin/staff")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        admin().post("/api/v1/admin/staff/" + id + "/disable").then().statusCode(200);
        admin().post("/api/v1/admin/staff/" + id + "/enable").then().statusCode(200);

        long viewed = Db.count("select count(*) from audit_entry where action = 'AUDIT_VIEWED'");
        List<Integer> ids = admin().get(AUDIT + "?target=" + target)
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.action", contains("STAFF_ENABLED", "STAFF_DISABLED", "STAFF_CREATED"))
                .body("items.actor", contains("admin", "admin", "admin"))
                .extract()
                .path("items.id");
        assertTrue(ids.get(0) > ids.get(1) && ids.get(1) > ids.get(2), "newest first: " + ids);
        assertEquals(
                viewed + 1,
                Db.count("select count(*) from audit_entry where action = 'AUDIT_VIEWED'"),
                "reading the log is itself audited");

        admin().get(AUDIT + "?target=" + target + "&action=STAFF_DISABLED")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(ids.get(1)));
        admin().get(AUDIT + "?target=" + target + "&actor=admin").then().body("total", equalTo(3));
        admin().get(AUDIT + "?target=" + target + "&actor=nobody-at-all").then().body("total", equalTo(0));

        admin().get(AUDIT + "?target=" + target + "&size=2")
                .then()
                .statusCode(200)
                .body("items.id", contains(ids.get(0), ids.get(1)))
                .body("total", equalTo(3));
        admin().get(AUDIT + "?target=" + target + "&size=2&page=1")
                .then()
                .statusCode(200)
                .body("items.id", contains(ids.get(2)));

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        admin().get(AUDIT + "?target=" + target + "&from=" + now.minusHours(1) + "&to=" + now.plusHours(1))
                .then()
                .body("total", equalTo(3));
        admin().get(AUDIT + "?target=" + target + "&from=" + now.plusHours(1))
                .then()
                .body("total", equalTo(0));
        admin().get(AUDIT + "?target=" + target + "&to=" + now.minusHours(1))
                .then()
                .body("total", equalTo(0));

        admin().get(AUDIT + "?action=NOT_AN_ACTION").then().statusCode(400).body("errors[0].field", equalTo("action"));
        admin().get(AUDIT + "?from=yesterday").then().statusCode(400).body("errors[0].field", equalTo("from"));
        admin().get(AUDIT + "?size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    /**
     * The one test that breaks the chain, on purpose and for good: it checks the intact chain first, and
     * no other test expects an intact chain (the admin page test compares its answer with the API's).
     */
    @Test
    void theChainIsAppendOnlyAndVerifyNamesAnEntryChangedBehindTheApplicationsBack() {
        admin().get(VERIFY)
                .then()
                .statusCode(200)
                .body("intact", equalTo(true))
                .body("firstBrokenId", nullValue())
                .body("entriesChecked", greaterThan(0));
        long entries = Db.count("select count(*) from audit_entry");

        assertRefused("update audit_entry set actor = 'mallory' where id = (select min(id) from audit_entry)");
        assertRefused("delete from audit_entry where id = (select min(id) from audit_entry)");
        assertRefused("truncate audit_entry");
        assertEquals(0, Db.count("select count(*) from audit_entry where actor = 'mallory'"));
        assertTrue(Db.count("select count(*) from audit_entry") > entries - 1, "nothing was deleted");

        long victim = Db.count("select id from audit_entry order by id offset "
                + Db.count("select count(*) from audit_entry") / 2 + " limit 1");
        long before = Db.count("select count(*) from audit_entry where id < " + victim);
        Db.execute("alter table audit_entry disable trigger audit_entry_no_change");
        try {
            Db.execute("update audit_entry set details = '" + TAMPERED_DETAILS + "' where id = " + victim);
        } finally {
            Db.execute("alter table audit_entry enable trigger audit_entry_no_change");
        }

        admin().get(VERIFY)
                .then()
                .statusCode(200)
                .body("intact", equalTo(false))
                .body("firstBrokenId", equalTo((int) victim))
                .body("entriesChecked", equalTo((int) before))
                .body("problem", containsString("content"));
        assertEquals(
                1,
                Db.count("select count(*) from audit_entry where action = 'AUDIT_VERIFIED' "
                        + "and details like '%\"intact\":\"false\"%'"),
                "the failed check is itself audited");
        assertRefused("update audit_entry set details = '{}' where id = " + victim);
    }

    @Test
    void onlyAdminsReadTheLog() {
        given().get(AUDIT).then().statusCode(401);
        String moderator = StaffApi.token(StaffApi.MODERATOR);
        given().auth().oauth2(moderator).get(AUDIT).then().statusCode(403);
        given().auth().oauth2(moderator).get(VERIFY).then().statusCode(403);
        given().auth()
                .oauth2(StaffApi.token(StaffApi.LIAISON))
                .get(AUDIT + "?size=1")
                .then()
                .statusCode(403)
                .body(not(containsString("hash")));
        admin().get(AUDIT + "?size=1").then().statusCode(200).body("items", hasSize(1));
    }

    static void assertRefused(String sql) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Db.execute(sql), sql);
        assertTrue(
                e.getCause().getMessage().contains("append-only"), e.getCause().getMessage());
    }

    static RequestSpecification admin() {
        return given().auth().oauth2(StaffApi.token(StaffApi.ADMIN));
    }
}
