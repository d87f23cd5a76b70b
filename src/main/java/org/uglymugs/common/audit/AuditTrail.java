package org.uglymugs.common.audit;

import java.util.Map;

/**
 * How every feature writes to the audit log, without depending on the {@code audit} feature that
 * keeps, reads and verifies it: so {@code area} and {@code audit} both stay leaves. The one
 * implementation is {@code audit.AuditLog}; an entry is written in the caller's transaction.
 * Details must never carry sensitive content (no report text, identifiers or contact details).
 */
public interface AuditTrail {

    /** The actor of entries a reporter's own action caused (e.g. a retraction on consent withdrawal). */
    String REPORTER = "reporter";

    void record(String actor, AuditAction action, String target, Map<String, String> details);

    /**
     * The report with this reference was erased: its audit pseudonym key goes, so nothing in the log
     * leads back to the reference any more (entries naming it hold only a keyed pseudonym). Called in
     * the erasure's transaction, after every feature has written what it audits about the erasure.
     */
    void forget(String reference);
}
