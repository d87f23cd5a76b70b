package org.uglymugs.report.api;

/** Where the work took place. */
public enum Setting {
    INCALL,
    OUTCALL,
    STREET,
    ONLINE,
    VENUE
}
