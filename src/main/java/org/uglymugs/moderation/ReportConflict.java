package org.uglymugs.moderation;

import org.uglymugs.common.error.ProblemException;

/** A decision the report's state or consents do not allow. */
class ReportConflict extends ProblemException {

    private ReportConflict(String slug, String title, String detail) {
        super(409, slug, title, detail);
    }

    static ReportConflict noAlertConsent() {
        return new ReportConflict(
                "consent-missing",
                "No consent to warn others",
                "The reporter has not consented to an alert; record the report instead.");
    }

    static ReportConflict decided(String status) {
        return new ReportConflict(
                "already-decided",
                "Report already decided",
                "This report is " + status + "; it cannot take this decision now.");
    }
}
