package org.uglymugs.report.domain;

/** Orders the moderators' queue; derived by {@code RiskAssessor}. */
public enum RiskLevel {
    STANDARD,
    ELEVATED,
    HIGH
}
