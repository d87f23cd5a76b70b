package org.uglymugs.report;

import org.uglymugs.common.error.ProblemException;
import org.uglymugs.report.api.ReportStatus;

/** A status change the report's lifecycle ({@code ReportStatus.canMoveTo}) does not allow. */
class StatusConflict extends ProblemException {

    private StatusConflict(String detail) {
        super(409, "status-conflict", "Report cannot move to this status", detail);
    }

    static StatusConflict illegalMove(ReportStatus from, ReportStatus to) {
        return new StatusConflict("This report is " + from + "; it cannot become " + to + ".");
    }
}
