package org.uglymugs.report.api;

/** Risk question: how long has it gone on? */
public enum HowLong {
    ONCE,
    DAYS,
    WEEKS,
    MONTHS,
    YEARS
}
