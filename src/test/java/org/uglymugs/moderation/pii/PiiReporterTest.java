package org.uglymugs.moderation.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uglymugs.moderation.pii.DraftFixtures.REPORTER;
import static org.uglymugs.moderation.pii.DraftFixtures.SUMMARY;
import static org.uglymugs.moderation.pii.DraftFixtures.checker;
import static org.uglymugs.moderation.pii.DraftFixtures.draft;
import static org.uglymugs.moderation.pii.DraftFixtures.flag;
import static org.uglymugs.moderation.pii.DraftFixtures.id;

import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uglymugs.report.api.IdentifierType;
import org.uglymugs.report.api.NormalisedIdentifier;

class PiiReporterTest {

    private static List<PiiFlag> flags(String text, ReporterContact reporter, NormalisedIdentifier... published) {
        Collection<NormalisedIdentifier> chosen = List.of(published);
        return checker().check(draft(SUMMARY, text), chosen, reporter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna de Vries", "anna  DE vries", "Anna", "VRIES"})
    void theReportersNameOrAPartOfItIsFlagged(String name) {
        assertEquals(List.of(flag(PiiKind.REPORTER_CONTACT, name)), flags("Said " + name + " owed him.", REPORTER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Annabel came too.", "Go to de kerk.", "He was a Joannas fan."})
    void otherWordsContainingTheNameOrItsParticlesAreNotFlagged(String text) {
        assertEquals(List.of(), flags(text, REPORTER));
    }

    @Test
    void aOneLetterNameIsIgnored() {
        assertEquals(List.of(), flags("J said a b c d.", new ReporterContact("J", null, null)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "07911 123456",
                "+44 7911 123 456",
                "0791-112-3456",
                "07911 1234 56",
                "0 7 9 1 1 - 1 2 3 4 5 6",
                "(0)7911.123.456"
            })
    void theReportersPhoneIsFlaggedInAnyLayout(String phone) {
        List<PiiFlag> found = flags("Call " + phone + " later.", REPORTER);
        assertEquals(1, found.size(), () -> String.valueOf(found));
        assertEquals(PiiKind.REPORTER_CONTACT, found.get(0).kind());
        assertTrue(found.get(0).excerpt().contains(phone.substring(phone.length() - 3)), () -> String.valueOf(found));
    }

    @Test
    void aDutchReportersMobileIsFlaggedInItsNationalLayout() {
        var dutch = new ReporterContact(null, "+31 6 12345678", null);
        assertEquals(List.of(flag(PiiKind.REPORTER_CONTACT, "06 12345678")), flags("Bel 06 12345678.", dutch));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"anna.reports@example.org", "ANNA.REPORTS@EXAMPLE.ORG", "anna.reports [at] example [dot] org"})
    void theReportersEmailIsFlaggedInAnyCase(String email) {
        assertEquals(List.of(flag(PiiKind.REPORTER_CONTACT, email)), flags("Write to " + email + " now.", REPORTER));
    }

    @Test
    void theReportersContactWinsOverPublication() {
        var samePhone = id(IdentifierType.PHONE, "+447911123456");
        var sameEmail = id(IdentifierType.EMAIL, "anna.reports@example.org");
        var sameName = id(IdentifierType.NAME, "anna de vries");
        assertEquals(
                List.of(
                        flag(PiiKind.REPORTER_CONTACT, "07911 123 456"),
                        flag(PiiKind.REPORTER_CONTACT, "anna.reports@example.org"),
                        flag(PiiKind.REPORTER_CONTACT, "Anna de Vries")),
                flags(
                        "Number 07911 123 456, mail anna.reports@example.org, name Anna de Vries.",
                        REPORTER,
                        samePhone,
                        sameEmail,
                        sameName));
    }

    @Test
    void theReportersNameInsideAUrlFlagsTheWholeUrlAsReporterContact() {
        assertEquals(
                List.of(flag(PiiKind.REPORTER_CONTACT, "anna-escorts.com/profile")),
                flags("Found via anna-escorts.com/profile today.", REPORTER));
    }

    @Test
    void withoutAReporterContactNothingIsFlaggedAsTheirs() {
        assertEquals(List.of(), flags("Anna said he left.", null));
        assertEquals(List.of(), flags("Anna said he left.", new ReporterContact(null, null, null)));
    }
}
