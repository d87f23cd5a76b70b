package org.uglymugs.report;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.report.api.ReportEvents;

/**
 * An erased report (by its reporter or by retention) leaves nothing in the audit log that leads
 * back to its reference: the audit trail forgets the report's pseudonym key. This observer runs
 * after every other one, so what they audit about the erasure is written under the key first.
 */
@ApplicationScoped
class ErasureForgetsAudit {

    private final AuditTrail audit;

    ErasureForgetsAudit(AuditTrail audit) {
        this.audit = audit;
    }

    void onErased(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 1000) ReportEvents.Erased erased) {
        audit.forget(erased.reference());
    }
}
