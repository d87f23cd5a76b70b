package org.uglymugs.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.uglymugs.alert.api.AlertContent;
import org.uglymugs.common.crypto.HashedColumn;
import org.uglymugs.common.crypto.HashedColumns;
import org.uglymugs.common.crypto.KeyIdHashedColumn;
import org.uglymugs.common.crypto.KeyedHash;
import org.uglymugs.report.Reports;
import org.uglymugs.report.api.NormalisedIdentifier;

/**
 * The published identifiers' keyed hashes (the check's index), for HMAC key rotation: counted per
 * alert and re-hashed from the alert's sealed content, which holds the identifiers it publishes.
 */
@ApplicationScoped
class AlertHashedColumns implements HashedColumns {

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

    private final class Identifiers extends KeyIdHashedColumn {

        Identifiers() {
            super(AlertHashedColumns.this.em, "alert_identifier.value_hash", "alert", "identifiers_key_id");
        }

        @Override
        protected Row rehashRow(KeyedHash with, long id) {
            rehash(with, Alert.<Alert>findById(id));
            return Row.REHASHED;
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
    }
}
