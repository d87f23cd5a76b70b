package org.uglymugs.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.uglymugs.common.crypto.SealedColumn;
import org.uglymugs.common.crypto.SealedColumns;
import org.uglymugs.common.crypto.SqlSealedColumn;

/** The reports' pseudonym secrets and references ({@link PseudonymKeys}), for AES key rotation. */
@ApplicationScoped
class AuditSealedColumns implements SealedColumns {

    private final EntityManager em;

    AuditSealedColumns(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<SealedColumn> sealedColumns() {
        return List.of(
                new SqlSealedColumn(em, "audit_report_key", "secret_sealed", "id"),
                new SqlSealedColumn(em, "audit_report_key", "reference_sealed", "id"));
    }
}
