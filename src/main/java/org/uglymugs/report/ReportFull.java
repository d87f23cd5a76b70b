package org.uglymugs.report;

import java.util.List;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.FieldError;
import org.uglymugs.common.error.ProblemException;

/** The report holds as many incidents or messages as one report may ({@link ReportCaps}): a 409 (field error {@link ErrorCode#REPORT_FULL}, message key {@code error_report_full}). */
public final class ReportFull extends ProblemException {

    private ReportFull(String field, String detail) {
        super(
                409,
                "report-full",
                "Report is full",
                detail,
                List.of(new FieldError(field, ErrorCode.REPORT_FULL, detail)));
    }

    static ReportFull incidents(int max) {
        return new ReportFull("whatHappened", "This report already holds " + max + " incidents, as many as one can.");
    }

    static ReportFull messages(int max) {
        return new ReportFull("body", "This report already holds " + max + " messages, as many as one can.");
    }
}
