package org.uglymugs.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.StaffApi;

/** Retention drops the oldest entries and leaves a signed anchor, so the rest still verifies. */
@QuarkusTest
class AuditRetentionTest {

    @Inject
    AuditRetention retention;

    @Inject
    AuditJobs jobs;

    @Test
    void keepsTwoYearsByDefault() {
        assertEquals("audit-entries", retention.kind());
        assertEquals(java.time.Duration.ofDays(730), retention.keep());
    }

    /**
     * Entries are dropped only as a prefix of the chain, so the cutoff here is far ahead of every
     * entry (other tests move the clock): everything goes, and what is appended after links to the anchor.
     */
    @Test
    void droppingTheOldestEntriesLeavesAChainThatStillVerifies() {
        Tamper.ownEntries();
        String before = jobs.anchor();
        assertTrue(Tamper.verify().getBoolean("intact"));
        OffsetDateTime cutoff = OffsetDateTime.now().plusYears(100);
        long first = Db.count("select min(id) from audit_entry");

        int one = QuarkusTransaction.requiringNew().call(() -> retention.deleteExpired(cutoff, 1));
        assertEquals(1, one, "at most the batch");
        assertEquals(0, Db.count("select count(*) from audit_entry where id = ?", first), "the oldest went");
        assertTrue(Tamper.verify().getBoolean("intact"), "verify starts from the signed anchor");

        long newest = Db.count("select max(id) from audit_entry");
        int dropped = QuarkusTransaction.requiringNew().call(() -> retention.deleteExpired(cutoff, 1_000_000));
        assertTrue(dropped >= 1, "the rest");
        assertEquals(0, Db.count("select count(*) from audit_entry where id <= ?", newest));
        assertTrue(
                Db.count("select max(after_id) from audit_anchor where kind = 'retention' and mac is not null")
                        >= newest,
                "the anchor carries on from the last dropped entry");

        List<Long> after = Tamper.ownEntries();
        assertEquals(3, after.size());
        assertTrue(Tamper.verify().getBoolean("intact"), "new entries link to the anchor");
        assertEquals("DROPPED", head(before), "a head older than what is kept cannot be checked");
        assertEquals("CONTAINED", head(jobs.anchor()));

        assertEquals(
                0,
                QuarkusTransaction.requiringNew()
                        .call(() -> retention.deleteExpired(OffsetDateTime.now().minusYears(100), 10)));
    }

    private static String head(String digest) {
        return given().auth()
                .oauth2(StaffApi.token(StaffApi.ADMIN))
                .contentType(ContentType.JSON)
                .body(Map.of("digest", digest))
                .post("/api/v1/admin/audit/verify-head")
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    @Test
    void nothingIsDroppedWhileTheChainIsBroken() {
        List<Long> own = Tamper.ownEntries();
        OffsetDateTime cutoff = at(own.get(2)).plusSeconds(1);
        Tamper.behindTheBack("update audit_entry set actor = 'mallory' where id = " + own.get(1));
        try {
            assertEquals(0, QuarkusTransaction.requiringNew().call(() -> retention.deleteExpired(cutoff, 1_000_000)));
            assertEquals(3, Db.count("select count(*) from audit_entry where id in (?, ?, ?)", own.toArray()));
        } finally {
            Tamper.behindTheBack("update audit_entry set actor = 'admin' where id = " + own.get(1));
        }
        assertTrue(Tamper.verify().getBoolean("intact"));
    }

    private static OffsetDateTime at(long id) {
        return OffsetDateTime.parse(Db.strings(
                        "select to_char(at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') from audit_entry "
                                + "where id = ?",
                        id)
                .get(0));
    }
}
