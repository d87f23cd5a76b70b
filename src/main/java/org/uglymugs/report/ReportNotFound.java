package org.uglymugs.report;

import org.uglymugs.common.error.ProblemException;

/**
 * No such report. One problem type for both ways in: a reporter's receipt that matches nothing
 * (wrong, missing or erased: the answer never says which) and a reference staff asked for. Neither
 * echoes what was sent.
 */
public class ReportNotFound extends ProblemException {

    private ReportNotFound(String detail) {
        super(404, "report-not-found", "Report not found", detail);
    }

    public static ReportNotFound forReceipt() {
        return new ReportNotFound("No report matches this receipt key. Check the key and try again.");
    }

    public static ReportNotFound forReference() {
        return new ReportNotFound("No report has this reference.");
    }
}
