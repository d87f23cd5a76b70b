package org.uglymugs.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.uglymugs.common.crypto.SealedColumn;
import org.uglymugs.common.crypto.SealedColumns;
import org.uglymugs.common.crypto.SqlSealedColumn;

/** The alert texts and retraction reasons, sealed under the master key (AlertViews), for key rotation. */
@ApplicationScoped
class AlertSealedColumns implements SealedColumns {

    private final EntityManager em;

    AlertSealedColumns(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<SealedColumn> sealedColumns() {
        return List.of(
                new SqlSealedColumn(em, "alert", "content_sealed", "id"),
                new SqlSealedColumn(em, "alert", "retraction_reason_sealed", "id"),
                new SqlSealedColumn(em, "alert_version", "content_sealed", "id"),
                new SqlSealedColumn(em, "alert_version", "reason_sealed", "id"));
    }
}
