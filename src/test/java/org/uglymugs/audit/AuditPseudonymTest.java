package org.uglymugs.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Api;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.TestClock;

/** Audit entries about a report name it by a keyed pseudonym whose key goes when the report is erased. */
@QuarkusTest
class AuditPseudonymTest {

    private static final String AUDIT = "/api/v1/admin/audit";

    @Inject
    AuditLog audit;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aLiveReportsHistoryIsFoundByItsReferenceThatNoEntryHolds() {
        Api.Submitted report = Api.submit();
        Desk.moderator()
                .get("/api/v1/moderation/reports/" + report.reference())
                .then()
                .statusCode(200);
        Desk.moderator()
                .post("/api/v1/moderation/reports/" + report.reference() + "/claim")
                .then()
                .statusCode(200);

        String pseudonym = audit.pseudonymOf(report.reference()).orElseThrow();
        assertTrue(pseudonym.matches("report:[0-9a-f]{32}"), pseudonym);
        assertEquals(0, rowsNaming(report.reference()), "no audit row holds the reference");
        admin().get(AUDIT + "?target=" + report.reference())
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.action", hasItem("REPORT_VIEWED"))
                .body("items.action", hasItem("REPORT_CLAIMED"))
                .body("items.target", hasItem(pseudonym));
        admin().get(AUDIT + "?target=" + report.reference().toLowerCase())
                .then()
                .body("total", equalTo(2));
        assertFalse(audit.pseudonymOf(Api.submit().reference()).isPresent(), "a report nobody audited has no key yet");
    }

    @Test
    void afterErasureNothingInTheLogLeadsBackToTheReference() {
        Api.Submitted report = Api.submit();
        Desk.moderator()
                .get("/api/v1/moderation/reports/" + report.reference())
                .then()
                .statusCode(200);
        String pseudonym = audit.pseudonymOf(report.reference()).orElseThrow();
        long keys = Db.count("select count(*) from audit_report_key");

        Api.withReceipt(report.receipt()).delete(Fixtures.MY_REPORT_PATH).then().statusCode(204);

        assertTrue(audit.pseudonymOf(report.reference()).isEmpty(), "its pseudonym key is gone");
        assertEquals(keys - 1, Db.count("select count(*) from audit_report_key"));
        assertTrue(
                Db.count("select count(*) from audit_entry where target = ?", pseudonym) > 0,
                "the entries stay, under a pseudonym nobody can link any more");
        admin().get(AUDIT + "?target=" + report.reference())
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        clock.advance(Duration.ofMinutes(1));
        while (audit.flushPending() > 0) {
            // what the erasure set off
        }
        assertEquals(0, rowsNaming(report.reference()), "no audit row holds the reference");
    }

    private static long rowsNaming(String reference) {
        long n = 0;
        for (String table : List.of("audit_entry", "audit_pending", "audit_report_key", "audit_anchor")) {
            n += Db.count("select count(*) from " + table + " t where t::text like ?", "%" + reference + "%");
        }
        return n;
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(StaffApi.token(StaffApi.ADMIN));
    }
}
