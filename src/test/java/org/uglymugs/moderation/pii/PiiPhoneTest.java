package org.uglymugs.moderation.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uglymugs.moderation.pii.DraftFixtures.flag;
import static org.uglymugs.moderation.pii.DraftFixtures.flags;
import static org.uglymugs.moderation.pii.DraftFixtures.id;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uglymugs.report.api.IdentifierType;

class PiiPhoneTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "07911 123 456",
                "+44 7911 123456",
                "0791-112-3456",
                "07911123456",
                "0044 7911 123456",
                "(020) 7946 0018",
                "07700 900123",
                "06 12345678",
                "+31 6 12345678",
                "087 123 4567"
            })
    void phoneNumbersInAnyLayoutAreFlagged(String number) {
        assertEquals(List.of(flag(PiiKind.PHONE, number)), flags("He texted from " + number + " the day before."));
    }

    @Test
    void aNumberGluedToWordsIsStillFlagged() {
        assertEquals(List.of(flag(PiiKind.PHONE, "07911123456")), flags("his number:07911123456x"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "around 10.30pm",
                "on 12.03.2024",
                "on 2024-03-12",
                "police ref 12345678",
                "paid £150 for 1 hour",
                "reg AB12 CDE",
                "aged 45-50",
                "between 21:00 and 23:30"
            })
    void timesDatesAmountsAndReferencesAreNotPhoneNumbers(String text) {
        assertEquals(
                List.of(),
                flags(text).stream().filter(f -> f.kind() == PiiKind.PHONE).toList());
    }

    @Test
    void aPublishedNumberIsNotFlaggedInAnyLayout() {
        var published = id(IdentifierType.PHONE, "+447911123456");
        assertEquals(
                List.of(), flags("Texts from 07911 123 456, also +44 (0)7911 123456 and 0791-112-3456.", published));
    }

    @Test
    void aPublishedForeignNumberIsRecognisedInItsNationalLayout() {
        assertEquals(List.of(), flags("Belt vanaf 06 12345678.", id(IdentifierType.PHONE, "+31612345678")));
    }

    @Test
    void onlyTheNumberThatWasNotPublishedIsFlagged() {
        assertEquals(
                List.of(flag(PiiKind.PHONE, "07700 900123")),
                flags("Uses 07911 123456 and 07700 900123.", id(IdentifierType.PHONE, "+447911123456")));
    }
}
