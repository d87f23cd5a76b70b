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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

    @Test
    void theChainIsAppendOnlyWhoeverAsks() {
        assertRefused("update audit_entry set actor = 'mallory' where id = (select min(id) from audit_entry)");
        assertRefused("delete from audit_entry where id = (select min(id) from audit_entry)");
        assertRefused("truncate audit_entry");
        assertRefused("update audit_anchor set after_id = 0");
        assertRefused("delete from audit_anchor");
        assertEquals(0, Db.count("select count(*) from audit_entry where actor = 'mallory'"));
    }

    /** Each column of an entry changed behind the application's back, and where verify finds it. */
    static Stream<Arguments> tampering() {
        return Stream.of(
                Arguments.of("at", "at + interval '1 microsecond'", AuditVerification.BROKEN_CONTENT),
                Arguments.of("actor", "'mallory'", AuditVerification.BROKEN_CONTENT),
                Arguments.of("action", "'LOGOUT'", AuditVerification.BROKEN_CONTENT),
                Arguments.of("target", "null", AuditVerification.BROKEN_CONTENT),
                Arguments.of("target", "''", AuditVerification.BROKEN_CONTENT),
                Arguments.of("details", "'" + TAMPERED_DETAILS + "'", AuditVerification.BROKEN_CONTENT),
                Arguments.of("hash", "sha256(hash)", AuditVerification.BROKEN_CONTENT),
                Arguments.of("prev_hash", "sha256(prev_hash)", AuditVerification.BROKEN_LINK));
    }

    @ParameterizedTest(name = "{0} := {1} is found: {2}")
    @MethodSource("tampering")
    void aChangeInAnyColumnBreaksTheChainAtThatEntry(String column, String value, String problem) {
        List<Long> own = Tamper.ownEntries();
        long victim = own.get(1);
        assertIntact();
        String original = Db.strings("select " + column + "::text from audit_entry where id = " + victim)
                .get(0);
        String restore = original == null ? "null" : "'" + original.replace("'", "''") + "'";
        String type = Db.strings("select pg_typeof(" + column + ")::text from audit_entry where id = " + victim)
                .get(0);
        Tamper.behindTheBack("update audit_entry set " + column + " = " + value + " where id = " + victim);
        try {
            assertBrokenAt(victim, problem);
        } finally {
            Tamper.behindTheBack(
                    "update audit_entry set " + column + " = " + restore + "::" + type + " where id = " + victim);
        }
        assertIntact();
    }

    @Test
    void aDeletedEntryBreaksTheLinkOfTheNext() {
        List<Long> own = Tamper.ownEntries();
        long victim = own.get(1);
        assertIntact();
        Db.execute("create table audit_tamper_copy as select * from audit_entry where id = " + victim);
        try {
            Tamper.behindTheBack("delete from audit_entry where id = " + victim);
            try {
                assertBrokenAt(own.get(2), AuditVerification.BROKEN_LINK);
            } finally {
                Tamper.behindTheBack("insert into audit_entry select * from audit_tamper_copy");
            }
        } finally {
            Db.execute("drop table audit_tamper_copy");
        }
        assertIntact();
    }

    @Test
    void anInsertedEntryIsFoundWithOrWithoutAValidHash() {
        long before = Tamper.ownEntries().get(2);
        Db.execute("select setval('audit_entry_seq', nextval('audit_entry_seq') + 5)");
        List<Long> after = Tamper.ownEntries();
        long gap = before + 2;
        assertTrue(gap < after.get(0), "a gap in the ids to insert into");
        byte[] previous = java.util.HexFormat.of()
                .parseHex(Db.strings("select encode(hash, 'hex') from audit_entry where id = " + before)
                        .get(0));
        java.time.Instant at = java.time.Instant.parse("2026-01-01T00:00:00Z");
        String details = "{}";

        // Without the key a writer cannot give the row a matching hash: its content gives it away.
        insertFake(gap, at, previous, new byte[32]);
        try {
            assertBrokenAt(gap, AuditVerification.BROKEN_CONTENT);
        } finally {
            Tamper.behindTheBack("delete from audit_entry where id = " + gap);
        }
        // Even one hashed with the key does not fit: the next entry does not link to it.
        insertFake(gap, at, previous, ChainLinks.chain().hash(previous, gap, at, "mallory", "LOGOUT", null, details));
        try {
            assertBrokenAt(after.get(0), AuditVerification.BROKEN_LINK);
        } finally {
            Tamper.behindTheBack("delete from audit_entry where id = " + gap);
        }
        assertIntact();
    }

    private static void insertFake(long id, java.time.Instant at, byte[] previous, byte[] hash) {
        java.util.HexFormat hex = java.util.HexFormat.of();
        Db.execute("insert into audit_entry (id, at, actor, action, target, details, prev_hash, hash) values (" + id
                + ", '" + at + "', 'mallory', 'LOGOUT', null, '{}', decode('" + hex.formatHex(previous)
                + "', 'hex'), decode('" + hex.formatHex(hash) + "', 'hex'))");
    }

    @Test
    void theFailedCheckIsItselfAudited() {
        long victim = Tamper.ownEntries().get(1);
        long failed = Db.count("select count(*) from audit_entry where action = 'AUDIT_VERIFIED' "
                + "and details like '%\"intact\":\"false\"%'");
        Tamper.behindTheBack("update audit_entry set actor = 'mallory' where id = " + victim);
        try {
            assertBrokenAt(victim, AuditVerification.BROKEN_CONTENT);
        } finally {
            Tamper.behindTheBack("update audit_entry set actor = 'admin' where id = " + victim);
        }
        assertEquals(
                failed + 1,
                Db.count("select count(*) from audit_entry where action = 'AUDIT_VERIFIED' "
                        + "and details like '%\"intact\":\"false\"%'"));
        assertIntact();
    }

    static void assertIntact() {
        admin().get(VERIFY)
                .then()
                .statusCode(200)
                .body("intact", equalTo(true))
                .body("firstBrokenId", nullValue())
                .body("entriesChecked", greaterThan(0));
    }

    static void assertBrokenAt(long id, String problem) {
        long before = Db.count("select count(*) from audit_entry where id < " + id + " and id > "
                + "(select coalesce(max(after_id), 0) from audit_anchor where mac is not null)");
        admin().get(VERIFY)
                .then()
                .statusCode(200)
                .body("intact", equalTo(false))
                .body("firstBrokenId", equalTo((int) id))
                .body("entriesChecked", equalTo((int) before))
                .body("problem", equalTo(problem));
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
