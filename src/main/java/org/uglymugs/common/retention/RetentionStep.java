package org.uglymugs.common.retention;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One kind of data with a keeping time, deleted by its own feature when it expires: a feature
 * implements this for what it owns, and the retention job runs every step under one cluster lease.
 */
public interface RetentionStep {

    /** A short stable name, e.g. {@code rejected-reports}: in settings, counts and the audit entry. */
    String kind();

    /** How long the data is kept after the moment {@link #deleteExpired} measures from. */
    Duration keep();

    /** What the keeping time is counted from, in words for the admins (English; an operator's page). */
    String countedFrom();

    /**
     * Deletes at most {@code limit} rows (whole records, with what hangs off them) that expired
     * before {@code cutoff}, in the caller's transaction; the number deleted.
     */
    int deleteExpired(OffsetDateTime cutoff, int limit);
}
