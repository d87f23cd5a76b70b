package org.uglymugs.audit;

import java.time.OffsetDateTime;
import org.uglymugs.common.audit.AuditAction;

/** Optional filters on the audit log; null means "any". */
public record AuditFilter(String actor, AuditAction action, String target, OffsetDateTime from, OffsetDateTime to) {}
