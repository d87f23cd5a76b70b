package org.uglymugs.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;

/**
 * With Flyway on the owner role and the application on its own, the application's role can append
 * to the audit chain and read it, but can neither change nor delete an entry, nor switch off the
 * triggers that refuse it (only the owner may alter the table); retention still drops old entries,
 * through the owner's function only.
 */
@QuarkusTest
@TestProfile(RoleSplitProfile.class)
class RoleSplitTest {

    @Inject
    AuditRetention retention;

    @Test
    void theApplicationRunsOnItsOwnRole() {
        assertEquals(
                RoleSplitProfile.APP_ROLE, Db.strings("select current_user").get(0));
        assertEquals(
                "f",
                Db.strings("select (select tableowner from pg_tables where tablename = 'audit_entry') = current_user")
                        .get(0),
                "the application does not own the audit table");
    }

    @Test
    void theApplicationsRoleCannotTouchTheChainBehindItsOwnBack() {
        List<Long> own = Tamper.ownEntries();
        long victim = own.get(1);
        for (String sql : List.of(
                "alter table audit_entry disable trigger audit_entry_no_change",
                "alter table audit_entry disable trigger all",
                "update audit_entry set actor = 'mallory' where id = " + victim,
                "delete from audit_entry where id = " + victim,
                "truncate audit_entry",
                "update audit_anchor set after_id = 0",
                "delete from audit_anchor",
                "drop trigger audit_entry_no_change on audit_entry")) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Db.execute(sql), sql);
            String message = e.getCause().getMessage();
            assertTrue(
                    message.contains("permission denied") || message.contains("must be owner"), sql + ": " + message);
        }
        assertEquals(3, Db.count("select count(*) from audit_entry where id in (?, ?, ?)", own.toArray()));
        assertTrue(Tamper.verify().getBoolean("intact"));
    }

    @Test
    void retentionStillDropsTheOldestEntriesThroughTheOwnersFunction() {
        List<Long> own = Tamper.ownEntries();
        java.time.OffsetDateTime cutoff = java.time.OffsetDateTime.parse(Db.strings(
                        "select to_char(at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') from audit_entry "
                                + "where id = ?",
                        own.get(1))
                .get(0));
        int dropped = QuarkusTransaction.requiringNew().call(() -> retention.deleteExpired(cutoff, 1_000_000));
        assertTrue(dropped >= 1);
        assertEquals(0, Db.count("select count(*) from audit_entry where id <= ?", own.get(0)));
        assertTrue(Tamper.verify().getBoolean("intact"));
    }
}
