package org.uglymugs.common.time;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Times of anything a reporter or subscriber sets off are kept to the minute: a precise time could
 * be matched to a network log and so to the person. This is the only place that rule is written.
 */
public final class Minutes {

    private Minutes() {}

    /** Now, in UTC, truncated to the minute. */
    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    }
}
