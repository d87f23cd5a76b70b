package org.uglymugs.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.uglymugs.common.retention.KeptStep;

/**
 * Audit entries older than their keeping time go, oldest first and only as a prefix of the chain
 * (database function {@code audit_drop_prefix}, which the application's role may call but whose
 * DELETE it does not hold). The last dropped entry's hash becomes a signed anchor, so verification
 * starts there. Nothing is dropped while the chain does not verify: retention never launders a break.
 */
@ApplicationScoped
public class AuditRetention extends KeptStep {

    private static final Logger LOG = Logger.getLogger(AuditRetention.class);

    private final EntityManager em;
    private final AuditLog audit;

    public AuditRetention(
            EntityManager em,
            AuditLog audit,
            @ConfigProperty(name = "uglymugs.retention.audit-entries", defaultValue = "P730D") Duration keep) {
        super(
                "audit-entries",
                keep,
                "the entry's time (the oldest go first; verification starts from a signed anchor)");
        this.em = em;
        this.audit = audit;
    }

    @Override
    public int deleteExpired(OffsetDateTime cutoff, int limit) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, AuditLog.CHAIN_LOCK)
                .getSingleResult();
        AuditVerification chain = audit.anchors().check();
        if (!chain.intact()) {
            LOG.warnf("Audit chain does not verify at entry %d: no audit entries dropped", chain.firstBrokenId());
            return 0;
        }
        Object[] r =
                (Object[]) em.createNativeQuery("select last_id, last_hash, dropped from audit_drop_prefix(?1, ?2)")
                        .setParameter(1, cutoff)
                        .setParameter(2, limit)
                        .getSingleResult();
        int dropped = ((Number) r[2]).intValue();
        if (dropped > 0) {
            audit.anchors().add("retention", ((Number) r[0]).longValue(), (byte[]) r[1], dropped);
        }
        return dropped;
    }
}
