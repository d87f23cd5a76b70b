package org.uglymugs.report.api;

/** Risk question: were threats made? */
public enum ThreatsMade {
    NONE,
    THREATS,
    THREATS_TO_KILL
}
