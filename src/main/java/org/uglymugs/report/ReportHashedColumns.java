package org.uglymugs.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import org.uglymugs.common.crypto.HashedColumn;
import org.uglymugs.common.crypto.HashedColumns;
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

    private static final Logger LOG = Logger.getLogger(ReportHashedColumns.class);

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

    private Map<String, Long> count(String column) {
        Map<String, Long> counts = new TreeMap<>();
        for (Object row : em.createNativeQuery("select coalesce(" + column + ", '" + HashedColumn.UNRECORDED
                        + "'), count(*) from report group by 1")
                .getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        return counts;
    }

    private int stamp(String column, String keyId) {
        return em.createNativeQuery("update report set " + column + " = ?1 where " + column + " is null")
                .setParameter(1, keyId)
                .executeUpdate();
    }

    /** Receipts are only stored hashed: nothing can re-hash them but the reporter's next use. */
    private final class Receipts implements HashedColumn {

        @Override
        public String name() {
            return "report.receipt_hash";
        }

        @Override
        public Map<String, Long> countByKeyId() {
            return count("receipt_key_id");
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
        public int stamp(String keyId) {
            return ReportHashedColumns.this.stamp("receipt_key_id", keyId);
        }
    }

    /** Counted per report (a report's identifiers are hashed together), re-hashed from the sealed values. */
    private final class Identifiers implements HashedColumn {

        @Override
        public String name() {
            return "report_identifier.value_hash";
        }

        @Override
        public Map<String, Long> countByKeyId() {
            return count("identifiers_key_id");
        }

        @Override
        public boolean rehashable() {
            return true;
        }

        @Override
        public Batch rehash(KeyedHash with, long after, int limit) {
            List<?> ids = em.createNativeQuery("select id from report where identifiers_key_id is distinct from ?1"
                            + " and id > ?2 order by id limit ?3 for update skip locked")
                    .setParameter(1, with.activeKeyId())
                    .setParameter(2, after)
                    .setParameter(3, limit)
                    .getResultList();
            int rehashed = 0;
            int left = 0;
            long last = after;
            for (Object id : ids) {
                long reportId = ((Number) id).longValue();
                last = reportId;
                try {
                    rehash(with, Report.<Report>findById(reportId));
                    rehashed++;
                } catch (RuntimeException e) {
                    // A value that does not open for its row stays as it is, and is counted.
                    LOG.warnf(
                            "HMAC key rotation: a report's identifiers did not open (%s)",
                            e.getClass().getSimpleName());
                    left++;
                }
            }
            return new Batch(rehashed, left, ids.size(), last);
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

        @Override
        public int stamp(String keyId) {
            return ReportHashedColumns.this.stamp("identifiers_key_id", keyId);
        }
    }
}
