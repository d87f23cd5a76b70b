package org.uglymugs.report;

import org.uglymugs.report.api.Consents;

/** Copies consents between the API record and the report's columns. */
final class ConsentMapping {

    private ConsentMapping() {}

    static void apply(Consents consents, Report report) {
        report.consentAlertOthers = consents.alertOthers();
        report.consentPoliceIntel = consents.policeIntel();
        report.consentPoliceContactMe = consents.policeContactMe();
        report.consentSupportContactMe = consents.supportContactMe();
        report.consentResearch = consents.research();
    }

    static Consents of(Report report) {
        return new Consents(
                report.consentAlertOthers,
                report.consentPoliceIntel,
                report.consentPoliceContactMe,
                report.consentSupportContactMe,
                report.consentResearch);
    }
}
