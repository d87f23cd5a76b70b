package org.uglymugs.report;

import org.uglymugs.common.crypto.Cell;

/**
 * The report's sealed columns. Each value is sealed under the report's own data key
 * ({@link ReportKeys}) and bound to its table, column and row, so it opens only there.
 */
final class Sealed {

    static final Column OCCURRED = new Column("report", "occurred_sealed");
    static final Column ACCOUNT = new Column("report", "account_sealed");
    static final Column LOCATION = new Column("report", "location_sealed");
    static final Column DESCRIPTION = new Column("report", "description_sealed");
    static final Column RISK = new Column("report", "risk_sealed");
    static final Column CONTACT = new Column("report", "contact_sealed");
    static final Column INTEL = new Column("report", "intel_sealed");
    static final Column IDENTIFIER = new Column("report_identifier", "value_sealed");
    static final Column INCIDENT = new Column("report_incident", "details_sealed");
    static final Column MESSAGE = new Column("report_message", "body_sealed");

    private Sealed() {}

    record Column(String table, String column) {

        /** The cell of this column in the row with this id (assigned before sealing). */
        Cell at(Long row) {
            return Cell.of(table, column, row);
        }
    }
}
