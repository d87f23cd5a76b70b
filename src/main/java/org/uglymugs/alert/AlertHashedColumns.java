package org.uglymugs.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import org.uglymugs.alert.api.AlertContent;
import org.uglymugs.common.crypto.HashedColumn;
import org.uglymugs.common.crypto.HashedColumns;
import org.uglymugs.common.crypto.KeyedHash;
import org.uglymugs.report.Reports;
import org.uglymugs.report.api.NormalisedIdentifier;

/**
 * The published identifiers' keyed hashes (the check's index), for HMAC key rotation: counted per
 * alert and re-hashed from the alert's sealed content, which holds the identifiers it publishes.
 */
@ApplicationScoped
class AlertHashedColumns implements HashedColumns {

    private static final Logger LOG = Logger.getLogger(AlertHashedColumns.class);

    private final EntityManager em;
    private final AlertViews views;
    private final Reports reports;

    AlertHashedColumns(EntityManager em, AlertViews views, Reports reports) {
        this.em = em;
        this.views = views;
        this.reports = reports;
    }

    @Override
    public List<HashedColumn> hashedColumns() {
        return List.of(new Identifiers());
    }

    private final class Identifiers implements HashedColumn {

        @Override
        public String name() {
            return "alert_identifier.value_hash";
        }

        @Override
        public Map<String, Long> countByKeyId() {
            Map<String, Long> counts = new TreeMap<>();
            for (Object row : em.createNativeQuery(
                            "select coalesce(identifiers_key_id, '" + UNRECORDED + "'), count(*) from alert group by 1")
                    .getResultList()) {
                Object[] r = (Object[]) row;
                counts.put((String) r[0], ((Number) r[1]).longValue());
            }
            return counts;
        }

        @Override
        public boolean rehashable() {
            return true;
        }

        @Override
        public Batch rehash(KeyedHash with, long after, int limit) {
            List<?> ids = em.createNativeQuery("select id from alert where identifiers_key_id is distinct from ?1"
                            + " and id > ?2 order by id limit ?3 for update skip locked")
                    .setParameter(1, with.activeKeyId())
                    .setParameter(2, after)
                    .setParameter(3, limit)
                    .getResultList();
            int rehashed = 0;
            int left = 0;
            long last = after;
            for (Object id : ids) {
                long alertId = ((Number) id).longValue();
                last = alertId;
                try {
                    rehash(with, Alert.<Alert>findById(alertId));
                    rehashed++;
                } catch (RuntimeException e) {
                    LOG.warnf(
                            "HMAC key rotation: an alert's content did not open (%s)",
                            e.getClass().getSimpleName());
                    left++;
                }
            }
            return new Batch(rehashed, left, ids.size(), last);
        }

        /** Its rows replaced by the same identifiers' hashes under the new key, by SQL (no version moves). */
        private void rehash(KeyedHash with, Alert alert) {
            AlertContent content = views.content(alert);
            em.createNativeQuery("delete from alert_identifier where alert_id = ?1")
                    .setParameter(1, alert.id)
                    .executeUpdate();
            for (AlertContent.PublishedIdentifier i : content.identifiers()) {
                NormalisedIdentifier identifier = new NormalisedIdentifier(i.type(), i.value(), i.platform());
                em.createNativeQuery("insert into alert_identifier (alert_id, type, value_hash) values (?1, ?2, ?3)"
                                + " on conflict do nothing")
                        .setParameter(1, alert.id)
                        .setParameter(2, i.type().name())
                        .setParameter(3, reports.matchHash(with, identifier))
                        .executeUpdate();
            }
            em.createNativeQuery("update alert set identifiers_key_id = ?1 where id = ?2")
                    .setParameter(1, with.activeKeyId())
                    .setParameter(2, alert.id)
                    .executeUpdate();
        }

        @Override
        public int stamp(String keyId) {
            return em.createNativeQuery("update alert set identifiers_key_id = ?1 where identifiers_key_id is null")
                    .setParameter(1, keyId)
                    .executeUpdate();
        }
    }
}
