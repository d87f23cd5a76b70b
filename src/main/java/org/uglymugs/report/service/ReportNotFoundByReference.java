package org.uglymugs.report.service;

import org.uglymugs.common.error.ProblemException;

/** Staff asked for a reference that does not exist (or was erased). */
public class ReportNotFoundByReference extends ProblemException {

    private ReportNotFoundByReference() {
        super(404, "report-not-found", "Report not found", "No report has this reference.");
    }

    public static ReportNotFoundByReference of(String reference) {
        return new ReportNotFoundByReference();
    }
}
