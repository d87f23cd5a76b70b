package org.uglymugs.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.error.ProblemException;

/**
 * Audits a refused PII check, preview, publication or alert update as a read of the report, in a
 * transaction of its own: the refusal rolls its own transaction back, and a 422 that says "this is
 * the reporter's contact" is an answer about the report, so the entry must survive it. Called only
 * after the refused transaction has ended (from {@link Decisions}), so it never waits on the audit
 * chain's lock held by that transaction.
 */
@ApplicationScoped
class RefusalAudit {

    private static final String PROBLEM = "urn:uglymugs:problem:";

    private final AuditTrail audit;

    RefusalAudit(AuditTrail audit) {
        this.audit = audit;
    }

    /** The kind of problem only (its type and the codes of its fields), never the draft's text. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void refused(String actor, String reference, String via, ProblemException refusal, Map<String, String> more) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("via", via);
        details.put("refused", refusal.problem().type().replace(PROBLEM, ""));
        if (!refusal.errors().isEmpty()) {
            details.put(
                    "codes",
                    refusal.errors().stream()
                            .map(e -> e.field() + ":" + e.code())
                            .distinct()
                            .toList()
                            .toString());
        }
        details.putAll(more);
        audit.record(actor, AuditAction.REPORT_VIEWED, reference, details);
    }
}
