package org.uglymugs.report.api;

/** Orders the moderators' queue; derived by {@code RiskAssessor}. */
public enum RiskLevel {
    STANDARD,
    ELEVATED,
    HIGH
}
