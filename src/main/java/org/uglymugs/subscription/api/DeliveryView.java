package org.uglymugs.subscription.api;

import java.time.OffsetDateTime;

/** One delivery as admins see it: which alert version, how it went; never to whom. */
public record DeliveryView(
        long id,
        long alertId,
        int alertVersion,
        String kind,
        String status,
        boolean digest,
        int attempts,
        String lastError,
        OffsetDateTime queuedAt,
        OffsetDateTime nextAttemptAt,
        OffsetDateTime sentAt) {}
