package org.uglymugs.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.uglymugs.common.crypto.SealedColumn;
import org.uglymugs.common.crypto.SealedColumns;
import org.uglymugs.common.crypto.SqlSealedColumn;

/** Key rotation re-wraps every report's data key; the fields sealed under it need nothing. */
@ApplicationScoped
class ReportSealedColumns implements SealedColumns {

    private final EntityManager em;

    ReportSealedColumns(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<SealedColumn> sealedColumns() {
        return List.of(new SqlSealedColumn(em, "report_key", "key_wrapped", "report_id"));
    }
}
