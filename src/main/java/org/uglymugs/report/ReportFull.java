package org.uglymugs.report;

import java.util.List;
import org.uglymugs.common.error.FieldError;
import org.uglymugs.common.error.ProblemException;

/** The report holds as many incidents or messages as one report may ({@link ReportCaps}): a 409. */
public final class ReportFull extends ProblemException {

    /** The field error code (message key {@code error_report_full}). */
    public static final String CODE = "report_full";

    private ReportFull(String field, String detail) {
        super(409, "report-full", "Report is full", detail, List.of(new FieldError(field, CODE, detail)));
    }

    static ReportFull incidents(int max) {
        return new ReportFull("whatHappened", "This report already holds " + max + " incidents, as many as one can.");
    }

    static ReportFull messages(int max) {
        return new ReportFull("body", "This report already holds " + max + " messages, as many as one can.");
    }
}
