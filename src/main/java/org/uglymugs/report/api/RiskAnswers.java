package org.uglymugs.report.api;

/** The risk questions; {@code null} means "don't know" or not answered. */
public record RiskAnswers(
        Boolean knowsWhoItIs,
        Boolean doneToOthers,
        Boolean afraidOfHarm,
        HowLong howLong,
        ThreatsMade threats,
        Boolean weapon,
        Boolean blackmail) {}
