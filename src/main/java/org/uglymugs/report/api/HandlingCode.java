package org.uglymugs.report.api;

/** The 3x5x2 handling code: lawful sharing permitted (P), or permitted with the conditions stated (C). */
public enum HandlingCode {
    P,
    C
}
