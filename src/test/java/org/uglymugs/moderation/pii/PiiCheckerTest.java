package org.uglymugs.moderation.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.uglymugs.moderation.pii.DraftFixtures.CLEAN_ALERT;
import static org.uglymugs.moderation.pii.DraftFixtures.PLATE;
import static org.uglymugs.moderation.pii.DraftFixtures.REPORTER;
import static org.uglymugs.moderation.pii.DraftFixtures.checker;
import static org.uglymugs.moderation.pii.DraftFixtures.draft;
import static org.uglymugs.moderation.pii.DraftFixtures.flag;
import static org.uglymugs.moderation.pii.DraftFixtures.flags;
import static org.uglymugs.moderation.pii.DraftFixtures.id;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.uglymugs.report.api.IdentifierType;

/** The checker as a whole: what the moderation desk gets back for a draft. */
class PiiCheckerTest {

    @Test
    void aPhoneNumberAnEmailAndTheReportersOwnContactHiddenInADraftAreEachFlagged() {
        var draft = draft(
                "title", "Violent client, Manchester",
                "summary", "Books by text on 07700 900123, mails from dave.b@example.com.",
                "description", "He took the worker's phone and rang 07911 123 456 to check it was hers.");
        List<PiiFlag> found = checker().check(draft, List.of(), REPORTER);
        assertEquals(
                List.of(
                        new PiiFlag("summary", PiiKind.PHONE, "07700 900123"),
                        new PiiFlag("summary", PiiKind.EMAIL, "dave.b@example.com"),
                        new PiiFlag("description", PiiKind.REPORTER_CONTACT, "07911 123 456")),
                found);
    }

    @Test
    void aRealisticCleanAlertWithItsPlatePublishedRaisesNothing() {
        var draft = draft(
                "title",
                "Violent client refused to pay, Greater Manchester",
                "summary",
                CLEAN_ALERT,
                "description",
                "White, about 6ft, heavy build, short grey hair, tattoo of a rose on his left forearm. "
                        + "Northern accent. Said he was a builder. Met in a hotel in the city centre on a Friday night.");
        assertEquals(List.of(), checker().check(draft, List.of(id(IdentifierType.VEHICLE_REG, PLATE)), REPORTER));
    }

    @Test
    void publishedPlatesNamesAndUsernamesNeverRaiseAFlagThemselves() {
        var published = List.of(
                id(IdentifierType.VEHICLE_REG, PLATE),
                id(IdentifierType.NAME, "dave 12 hill road"),
                id(IdentifierType.USERNAME, "bigdave.uk"));
        var draft = draft("summary", "Calls himself Dave 12 Hill Road, profile bigdave.uk, drives AB12-CDE.");
        assertEquals(List.of(), checker().check(draft, published, null));
    }

    @Test
    void theSameTextIsFlaggedWhenNothingIsPublished() {
        assertEquals(
                List.of(flag(PiiKind.ADDRESS, "12 Hill Road"), flag(PiiKind.URL, "bigdave.uk")),
                flags("Calls himself Dave 12 Hill Road, profile bigdave.uk, drives AB12-CDE."));
    }

    @Test
    void flagsComeInFieldOrderThenPositionWithTheirFieldNames() {
        var draft = draft(
                "zeta", "see example.nl then 07700 900123",
                "alpha", "SW1A 1AA first, then bad@example.com",
                "empty", "   ",
                "missing", null);
        assertEquals(
                List.of(
                        new PiiFlag("zeta", PiiKind.URL, "example.nl"),
                        new PiiFlag("zeta", PiiKind.PHONE, "07700 900123"),
                        new PiiFlag("alpha", PiiKind.ADDRESS, "SW1A 1AA"),
                        new PiiFlag("alpha", PiiKind.EMAIL, "bad@example.com")),
                checker().check(draft, null, null));
    }

    @Test
    void anEmailsDomainIsNotFlaggedAgainAsAUrl() {
        assertEquals(List.of(flag(PiiKind.EMAIL, "bad@example.com")), flags("Write bad@example.com"));
    }

    @Test
    void aPhoneNumberInsideAUrlIsReportedOnceOverTheWholeUrlAsAPhone() {
        assertEquals(
                List.of(flag(PiiKind.PHONE, "example.com/call/07911123456")),
                flags("Ad at example.com/call/07911123456 now"));
    }

    @Test
    void aPhoneNumberInsideAPublishedUrlIsPartOfWhatWasPublished() {
        assertEquals(
                List.of(),
                flags(
                        "Ad at example.com/call/07911123456 now",
                        id(IdentifierType.URL, "https://example.com/call/07911123456")));
    }

    @Test
    void nothingToCheckGivesAnEmptyListNotNull() {
        assertNotNull(checker().check(null, null, null));
        assertEquals(List.of(), checker().check(null, null, null));
        assertEquals(List.of(), checker().check(draft("title", "", "summary", null), List.of(), REPORTER));
    }
}
