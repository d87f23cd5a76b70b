package org.uglymugs.report.domain;

/** Encryption contexts (bound as AES-GCM associated data) of the report's sealed columns. */
public final class Sealed {

    public static final String ACCOUNT = "report.account";
    public static final String LOCATION = "report.location";
    public static final String DESCRIPTION = "report.description";
    public static final String RISK = "report.risk";
    public static final String CONTACT = "report.contact";
    public static final String IDENTIFIER = "report_identifier.value";
    public static final String INCIDENT = "report_incident.details";
    public static final String MESSAGE = "report_message.body";

    /** Purpose of the identifiers' keyed hash; other features match against it. */
    public static final String IDENTIFIER_HASH = "identifier";

    private Sealed() {}
}
