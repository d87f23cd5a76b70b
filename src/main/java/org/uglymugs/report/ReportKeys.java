package org.uglymugs.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.uglymugs.common.crypto.Cell;
import org.uglymugs.common.crypto.DataKey;
import org.uglymugs.common.crypto.FieldCipher;

/**
 * Crypto-shredding: each report's sensitive fields are sealed under a data key of its own, stored
 * only wrapped by the master key in {@code report_key}. Erasure deletes the report and its key row
 * together; a backup of the report's rows without that key row no longer opens.
 */
@ApplicationScoped
class ReportKeys {

    private final FieldCipher cipher;

    ReportKeys(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /** A data key for a new report; {@link #store} it once the report is persisted. */
    DataKey fresh() {
        return cipher.newDataKey();
    }

    void store(Report report, DataKey key) {
        ReportKey row = new ReportKey();
        row.reportId = report.id;
        row.keyWrapped = cipher.wrap(key, cell(report.id));
        row.persist();
    }

    /** The report's data key; a report whose key is gone (restored without it) fails closed. */
    DataKey of(Report report) {
        ReportKey row = ReportKey.findById(report.id);
        return cipher.unwrap(row == null ? null : row.keyWrapped, cell(report.id));
    }

    static Cell cell(long reportId) {
        return Cell.of("report_key", "key_wrapped", reportId);
    }
}
