package org.uglymugs.report.service;

import org.uglymugs.common.error.ProblemException;

/** The one answer to a wrong, missing or erased receipt: it never says which. */
public class ReportNotFound extends ProblemException {

    private ReportNotFound() {
        super(
                404,
                "report-not-found",
                "Report not found",
                "No report matches this receipt key. Check the key and try again.");
    }

    public static ReportNotFound forReceipt() {
        return new ReportNotFound();
    }
}
