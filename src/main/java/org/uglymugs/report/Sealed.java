package org.uglymugs.report;

/** Encryption contexts (bound as AES-GCM associated data) of the report's sealed columns. */
final class Sealed {

    static final String ACCOUNT = "report.account";
    static final String LOCATION = "report.location";
    static final String DESCRIPTION = "report.description";
    static final String RISK = "report.risk";
    static final String CONTACT = "report.contact";
    static final String INTEL = "report.intel";
    static final String IDENTIFIER = "report_identifier.value";
    static final String INCIDENT = "report_incident.details";
    static final String MESSAGE = "report_message.body";

    private Sealed() {}
}
