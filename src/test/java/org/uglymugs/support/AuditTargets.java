package org.uglymugs.support;

import io.quarkus.arc.Arc;
import org.uglymugs.audit.AuditLog;

/** How the audit log names a live report: its keyed pseudonym, never the reference itself. */
public final class AuditTargets {

    private AuditTargets() {}

    public static String of(String reference) {
        return Arc.container()
                .instance(AuditLog.class)
                .get()
                .pseudonymOf(reference)
                .orElseThrow(() -> new AssertionError("no audit entry names this report"));
    }
}
