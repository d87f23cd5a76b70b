package org.uglymugs.subscription.delivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** When the next daily digest goes out: the configured hour, today if still ahead, else tomorrow. */
public final class Digests {

    private Digests() {}

    public static OffsetDateTime next(Instant now, ZoneId zone, int hour) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime at = local.toLocalDate().atTime(hour, 0).atZone(zone);
        if (!at.isAfter(local)) {
            at = at.plusDays(1);
        }
        return at.toOffsetDateTime();
    }
}
