package org.uglymugs.report.domain;

/** Where the work took place. */
public enum Setting {
    INCALL,
    OUTCALL,
    STREET,
    ONLINE,
    VENUE
}
