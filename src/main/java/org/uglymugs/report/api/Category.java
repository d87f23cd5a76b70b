package org.uglymugs.report.api;

/** What happened: one or more per report. */
public enum Category {
    PHYSICAL_ASSAULT,
    RAPE,
    SEXUAL_ASSAULT,
    ROBBERY,
    BURGLARY,
    THREATS,
    HARASSMENT,
    STALKING,
    BLACKMAIL,
    OUTING,
    FILMING_WITHOUT_CONSENT,
    IMAGE_BASED_ABUSE,
    MALICIOUS_COMMUNICATIONS,
    FRAUD,
    CONDOM_REFUSAL,
    OTHER
}
