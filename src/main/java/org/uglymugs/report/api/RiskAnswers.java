package org.uglymugs.report.api;

import org.uglymugs.report.domain.HowLong;
import org.uglymugs.report.domain.ThreatsMade;

/** The risk questions; {@code null} means "don't know" or not answered. */
public record RiskAnswers(
        Boolean knowsWhoItIs,
        Boolean doneToOthers,
        Boolean afraidOfHarm,
        HowLong howLong,
        ThreatsMade threats,
        Boolean weapon,
        Boolean blackmail) {}
