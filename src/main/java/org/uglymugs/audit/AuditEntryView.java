package org.uglymugs.audit;

import java.time.OffsetDateTime;
import java.util.Map;
import org.uglymugs.common.audit.AuditAction;

/** One audit entry as admins see it; {@code hash} in hex so the chain can be checked by hand. */
public record AuditEntryView(
        long id,
        OffsetDateTime at,
        String actor,
        AuditAction action,
        String target,
        Map<String, String> details,
        String hash) {}
