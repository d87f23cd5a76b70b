package org.uglymugs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.uglymugs.report.api.Category;
import org.uglymugs.report.api.HowLong;
import org.uglymugs.report.api.RiskAnswers;
import org.uglymugs.report.api.RiskLevel;
import org.uglymugs.report.api.ThreatsMade;

/** The documented rule (RiskAssessor's javadoc), branch by branch. */
class RiskAssessorTest {

    /** Categories that raise nothing on their own. */
    private static final Set<Category> STANDARD_CATEGORIES =
            EnumSet.of(Category.HARASSMENT, Category.MALICIOUS_COMMUNICATIONS, Category.FRAUD, Category.OTHER);

    private static final List<Category> FRAUD = List.of(Category.FRAUD);
    private static final RiskAnswers NOT_ANSWERED = new RiskAnswers(null, null, null, null, null, null, null);
    private static final RiskAnswers CALM =
            new RiskAnswers(false, false, false, HowLong.ONCE, ThreatsMade.NONE, false, false);

    private final RiskAssessor assessor = new RiskAssessor();

    @Test
    void rapeIsHigh() {
        assertEquals(RiskLevel.HIGH, assessor.assess(List.of(Category.RAPE), CALM));
        assertEquals(RiskLevel.HIGH, assessor.assess(List.of(Category.RAPE), null));
    }

    @Test
    void aWeaponIsHigh() {
        assertEquals(
                RiskLevel.HIGH,
                assessor.assess(
                        FRAUD, new RiskAnswers(false, false, false, HowLong.ONCE, ThreatsMade.NONE, true, false)));
    }

    @Test
    void threatsToKillAreHigh() {
        assertEquals(
                RiskLevel.HIGH,
                assessor.assess(
                        FRAUD,
                        new RiskAnswers(false, false, false, HowLong.ONCE, ThreatsMade.THREATS_TO_KILL, false, false)));
    }

    @Test
    void fearOfBeingHurtIsHigh() {
        assertEquals(
                RiskLevel.HIGH,
                assessor.assess(
                        FRAUD, new RiskAnswers(false, false, true, HowLong.ONCE, ThreatsMade.NONE, false, false)));
    }

    @Test
    void highWinsOverEverythingElevated() {
        RiskAnswers elevated = new RiskAnswers(true, true, false, HowLong.YEARS, ThreatsMade.THREATS, false, true);
        assertEquals(RiskLevel.HIGH, assessor.assess(List.of(Category.RAPE, Category.STALKING), elevated));
    }

    @ParameterizedTest
    @EnumSource(
            value = Category.class,
            names = {
                "PHYSICAL_ASSAULT",
                "SEXUAL_ASSAULT",
                "ROBBERY",
                "BURGLARY",
                "STALKING",
                "BLACKMAIL",
                "OUTING",
                "FILMING_WITHOUT_CONSENT",
                "IMAGE_BASED_ABUSE",
                "CONDOM_REFUSAL",
                "THREATS"
            })
    void theseCategoriesAreElevated(Category category) {
        assertEquals(RiskLevel.ELEVATED, assessor.assess(List.of(category), CALM));
        assertEquals(RiskLevel.ELEVATED, assessor.assess(List.of(Category.FRAUD, category), null));
    }

    @Test
    void threatsAreElevated() {
        assertEquals(
                RiskLevel.ELEVATED,
                assessor.assess(
                        FRAUD, new RiskAnswers(false, false, false, HowLong.ONCE, ThreatsMade.THREATS, false, false)));
    }

    @Test
    void doneToOthersIsElevated() {
        assertEquals(
                RiskLevel.ELEVATED,
                assessor.assess(
                        FRAUD, new RiskAnswers(false, true, false, HowLong.ONCE, ThreatsMade.NONE, false, false)));
    }

    @Test
    void blackmailInvolvedIsElevated() {
        assertEquals(
                RiskLevel.ELEVATED,
                assessor.assess(
                        FRAUD, new RiskAnswers(false, false, false, HowLong.ONCE, ThreatsMade.NONE, false, true)));
    }

    @ParameterizedTest
    @EnumSource(
            value = HowLong.class,
            names = {"WEEKS", "MONTHS", "YEARS"})
    void goingOnForWeeksOrLongerIsElevated(HowLong howLong) {
        assertEquals(
                RiskLevel.ELEVATED,
                assessor.assess(FRAUD, new RiskAnswers(false, false, false, howLong, ThreatsMade.NONE, false, false)));
    }

    @ParameterizedTest
    @EnumSource(
            value = HowLong.class,
            names = {"ONCE", "DAYS"})
    void aShortSpellIsStandard(HowLong howLong) {
        assertEquals(
                RiskLevel.STANDARD,
                assessor.assess(FRAUD, new RiskAnswers(false, false, false, howLong, ThreatsMade.NONE, false, false)));
    }

    @ParameterizedTest
    @EnumSource(
            value = Category.class,
            names = {"HARASSMENT", "MALICIOUS_COMMUNICATIONS", "FRAUD", "OTHER"})
    void everythingElseIsStandard(Category category) {
        assertEquals(RiskLevel.STANDARD, assessor.assess(List.of(category), CALM));
        assertEquals(RiskLevel.STANDARD, assessor.assess(List.of(category), NOT_ANSWERED));
        assertEquals(RiskLevel.STANDARD, assessor.assess(List.of(category), null));
    }

    @Test
    void knowingWhoItIsAloneChangesNothing() {
        assertEquals(
                RiskLevel.STANDARD,
                assessor.assess(
                        FRAUD, new RiskAnswers(true, false, false, HowLong.ONCE, ThreatsMade.NONE, false, false)));
    }

    @Test
    void everyCategoryHasADeliberateLevel() {
        Set<Category> placed = EnumSet.of(Category.RAPE);
        placed.addAll(RiskAssessor.ELEVATED_CATEGORIES);
        placed.addAll(STANDARD_CATEGORIES);
        assertEquals(EnumSet.allOf(Category.class), placed, "a new category needs a place in the rule and this test");
    }
}
