package org.uglymugs.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.jboss.logging.Logger;
import org.uglymugs.common.audit.AuditReferences;

/**
 * At start-up, while the audit log has pseudonym keys from before they kept their report's reference
 * (V28), every live report's reference is passed to it in batches, so that HMAC key rotation can carry
 * those keys to a new key; what no live report claims is then dropped. Once done, a start costs one
 * query. Logs counts only.
 */
@ApplicationScoped
class ReferencesForAudit {

    private static final Logger LOG = Logger.getLogger(ReferencesForAudit.class);
    private static final int BATCH = 500;

    private final AuditReferences audit;
    private final EntityManager em;

    ReferencesForAudit(AuditReferences audit, EntityManager em) {
        this.audit = audit;
        this.em = em;
    }

    void onStart(@Observes StartupEvent event) {
        if (QuarkusTransaction.requiringNew().call(audit::awaitsReferences)) {
            tell();
        }
    }

    /** Passes every live reference, then drops what none claimed; how many keys learnt their reference. */
    int tell() {
        int remembered = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<?> rows = QuarkusTransaction.requiringNew()
                    .call(() -> em.createNativeQuery(
                                    "select id, reference from report where id > ?1 order by id limit ?2")
                            .setParameter(1, from)
                            .setParameter(2, BATCH)
                            .getResultList());
            if (rows.isEmpty()) {
                break;
            }
            List<String> references =
                    rows.stream().map(r -> (String) ((Object[]) r)[1]).toList();
            after = ((Number) ((Object[]) rows.get(rows.size() - 1))[0]).longValue();
            remembered += QuarkusTransaction.requiringNew().call(() -> audit.remember(references));
        }
        int dropped = QuarkusTransaction.requiringNew().call(audit::dropUnclaimed);
        LOG.infof(
                "Audit pseudonym keys from before V28: %d learnt their report's reference, %d named no live report and were dropped",
                remembered, dropped);
        return remembered;
    }
}
