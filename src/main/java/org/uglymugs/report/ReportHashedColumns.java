package org.uglymugs.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.uglymugs.common.crypto.HashedColumn;
import org.uglymugs.common.crypto.HashedColumns;
import org.uglymugs.common.crypto.KeyIdHashedColumn;
import org.uglymugs.common.crypto.KeyedHash;
import org.uglymugs.common.crypto.SealedJson;
import org.uglymugs.report.api.NormalisedIdentifier;

/**
 * The report feature's keyed hashes for HMAC key rotation: receipts (only hashed, re-hashed when a
 * reporter uses one: {@link MyReportService}) and identifiers (re-hashed from their sealed values,
 * report by report under each report's data key).
 */
@ApplicationScoped
class ReportHashedColumns implements HashedColumns {

    private final EntityManager em;
    private final SealedJson sealed;
    private final ReportKeys keys;

    ReportHashedColumns(EntityManager em, SealedJson sealed, ReportKeys keys) {
        this.em = em;
        this.sealed = sealed;
        this.keys = keys;
    }

    @Override
    public List<HashedColumn> hashedColumns() {
        return List.of(new Receipts(), new Identifiers());
    }

    /** Receipts are only stored hashed: nothing can re-hash them but the reporter's next use. */
    private final class Receipts extends KeyIdHashedColumn {

        Receipts() {
            super(ReportHashedColumns.this.em, "report.receipt_hash", "report", "receipt_key_id");
        }

        @Override
        public boolean rehashable() {
            return false;
        }

        @Override
        public Batch rehash(KeyedHash with, long after, int limit) {
            return new Batch(0, 0, 0, after);
        }

        @Override
        protected Row rehashRow(KeyedHash with, long id) {
            throw new UnsupportedOperationException("a receipt is re-hashed only when its reporter uses it");
        }
    }

    /** Counted per report (a report's identifiers are hashed together), re-hashed from the sealed values. */
    private final class Identifiers extends KeyIdHashedColumn {

        Identifiers() {
            super(ReportHashedColumns.this.em, "report_identifier.value_hash", "report", "identifiers_key_id");
        }

        @Override
        protected Row rehashRow(KeyedHash with, long id) {
            rehash(with, Report.<Report>findById(id));
            return Row.REHASHED;
        }

        private void rehash(KeyedHash with, Report report) {
            var key = keys.of(report);
            for (ReportIdentifier row : report.identifiers) {
                NormalisedIdentifier value =
                        sealed.open(row.valueSealed, NormalisedIdentifier.class, key, Sealed.IDENTIFIER.at(row.id));
                em.createNativeQuery("update report_identifier set value_hash = ?1 where id = ?2")
                        .setParameter(1, IdentifierHashes.of(with, value))
                        .setParameter(2, row.id)
                        .executeUpdate();
            }
            em.createNativeQuery("update report set identifiers_key_id = ?1 where id = ?2")
                    .setParameter(1, with.activeKeyId())
                    .setParameter(2, report.id)
                    .executeUpdate();
        }
    }
}
