package org.uglymugs.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.support.Db;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.TestClock;

/**
 * What a reporter sets off is timed to the minute and takes its place in the chain only once that
 * minute is over: neither its time nor its position among staff entries says more than the minute.
 */
@QuarkusTest
class AuditPendingTest {

    @Inject
    AuditLog audit;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aReporterEntryJoinsTheChainAfterEveryStaffEntryOfItsMinute() {
        String target = "alert:" + StaffApi.unique("pending");
        QuarkusTransaction.requiringNew()
                .run(() -> audit.record(AuditTrail.REPORTER, AuditAction.ALERT_RETRACTED, target, Map.of()));
        List<Long> staff = Tamper.ownEntries();
        long pending = Db.count("select count(*) from audit_pending where target = ?", target);
        long chained = Db.count("select count(*) from audit_entry where target = ?", target);
        assertEquals(1, pending + chained, "held, or appended once its minute was over");

        clock.advance(Duration.ofMinutes(1));
        while (audit.flushPending() > 0) {
            // the held entries whose minute is over
        }
        assertEquals(0, Db.count("select count(*) from audit_pending where target = ?", target));
        long id = Db.count("select id from audit_entry where target = ?", target);
        OffsetDateTime at = OffsetDateTime.parse(Db.strings(
                        "select to_char(at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') from audit_entry "
                                + "where id = ?",
                        id)
                .get(0));
        assertEquals(at.truncatedTo(ChronoUnit.MINUTES), at, "timed to the minute only");
        assertEquals(
                0,
                Db.count(
                        "select count(*) from audit_entry where actor <> 'reporter' and id > ? "
                                + "and at >= ? and at < ?",
                        id,
                        at,
                        at.plusMinutes(1)),
                "no staff entry of the reporter's minute comes after it in the chain");
        long ownBefore = staff.stream().filter(s -> s < id).count();
        assertTrue(
                ownBefore == staff.size() || !sameMinute(staff, at),
                "staff entries of the same minute all come before it");
        assertTrue(Tamper.verify().getBoolean("intact"), "appended into the chain like any other entry");
    }

    @Test
    void aHeldEntryWaitsWhileItsMinuteIsNotOver() {
        clock.advance(Duration.ofDays(3650));
        String target = "alert:" + StaffApi.unique("waiting");
        QuarkusTransaction.requiringNew()
                .run(() -> audit.record(AuditTrail.REPORTER, AuditAction.ALERT_RETRACTED, target, Map.of()));
        clock.reset();
        audit.flushPending();
        assertEquals(1, Db.count("select count(*) from audit_pending where target = ?", target), "still held");
        assertEquals(0, Db.count("select count(*) from audit_entry where target = ?", target));
        clock.advance(Duration.ofDays(3650).plusMinutes(1));
        while (audit.flushPending() > 0) {
            // the held entries whose minute is over
        }
        assertEquals(1, Db.count("select count(*) from audit_entry where target = ?", target));
    }

    private static boolean sameMinute(List<Long> staff, OffsetDateTime minute) {
        return staff.stream()
                .anyMatch(id -> Db.count(
                                "select count(*) from audit_entry where id = ? and at >= ? and at < ?",
                                id,
                                minute,
                                minute.plusMinutes(1))
                        > 0);
    }
}
