package org.uglymugs.common.error;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import org.hibernate.StaleStateException;

/**
 * Failures that mean "someone changed this at the same time": an optimistic-lock conflict or a
 * unique violation (SQLSTATE 23505), wherever they sit in the cause chain (a conflict found at
 * commit arrives wrapped). They answer 409, never 500, and a caller may retry the whole transaction.
 */
public final class Conflicts {

    private static final String UNIQUE_VIOLATION = "23505";

    private Conflicts() {}

    public static boolean isConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return true;
            }
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
