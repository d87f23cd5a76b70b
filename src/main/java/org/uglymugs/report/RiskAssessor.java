package org.uglymugs.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.uglymugs.report.api.Category;
import org.uglymugs.report.api.HowLong;
import org.uglymugs.report.api.RiskAnswers;
import org.uglymugs.report.api.RiskLevel;
import org.uglymugs.report.api.ThreatsMade;

/**
 * The documented rule (README, "Risk level") that orders the moderators' queue:
 * <ul>
 * <li>HIGH: rape, a weapon, threats to kill, or the reporter fears he will hurt them;</li>
 * <li>ELEVATED: violence, sexual assault, robbery, burglary, stalking, blackmail, outing, filming or
 * image-based abuse, condom removal or threats; or he has done it to others, blackmail is involved,
 * or it has gone on for weeks or longer;</li>
 * <li>STANDARD: everything else.</li>
 * </ul>
 */
@ApplicationScoped
class RiskAssessor {

    static final Set<Category> ELEVATED_CATEGORIES = EnumSet.of(
            Category.PHYSICAL_ASSAULT,
            Category.SEXUAL_ASSAULT,
            Category.ROBBERY,
            Category.BURGLARY,
            Category.STALKING,
            Category.BLACKMAIL,
            Category.OUTING,
            Category.FILMING_WITHOUT_CONSENT,
            Category.IMAGE_BASED_ABUSE,
            Category.CONDOM_REFUSAL,
            Category.THREATS);

    private static final Set<HowLong> LONG_RUNNING = EnumSet.of(HowLong.WEEKS, HowLong.MONTHS, HowLong.YEARS);

    RiskLevel assess(Collection<Category> categories, RiskAnswers risk) {
        RiskAnswers r = risk == null ? new RiskAnswers(null, null, null, null, null, null, null) : risk;
        if (categories.contains(Category.RAPE)
                || yes(r.weapon())
                || yes(r.afraidOfHarm())
                || r.threats() == ThreatsMade.THREATS_TO_KILL) {
            return RiskLevel.HIGH;
        }
        if (categories.stream().anyMatch(ELEVATED_CATEGORIES::contains)
                || r.threats() == ThreatsMade.THREATS
                || yes(r.doneToOthers())
                || yes(r.blackmail())
                || LONG_RUNNING.contains(r.howLong())) {
            return RiskLevel.ELEVATED;
        }
        return RiskLevel.STANDARD;
    }

    private static boolean yes(Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }
}
