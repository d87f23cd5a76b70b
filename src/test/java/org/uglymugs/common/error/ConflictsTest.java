package org.uglymugs.common.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

/** What answers 409 "changed meanwhile" (and may be retried) rather than a 500, however deeply wrapped. */
class ConflictsTest {

    @Test
    void uniqueViolationsAndOptimisticLockFailuresAreConflictsWhereverTheySit() {
        assertTrue(Conflicts.isConflict(new OptimisticLockException()));
        assertTrue(Conflicts.isConflict(new RuntimeException(new StaleObjectStateException("Alert", 1L))));
        assertTrue(Conflicts.isConflict(new IllegalStateException(
                "commit failed", new RuntimeException(new SQLException("duplicate key", "23505")))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(Conflicts.isConflict(new IllegalStateException("boom")));
        assertFalse(Conflicts.isConflict(new RuntimeException(new SQLException("not null", "23502"))));
    }
}
