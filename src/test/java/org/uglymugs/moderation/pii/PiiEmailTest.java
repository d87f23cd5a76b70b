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

class PiiEmailTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bad@example.com",
                "Bad.Guy+x@Example.co.uk",
                "bad_guy@mail-host.nl",
                "bad [at] example [dot] com",
                "bad(at)example(dot)com",
                "bad at example dot com",
                "bad @ example.com"
            })
    void emailsAndTheirUsualDisguisesAreFlaggedOnceAsEmail(String email) {
        assertEquals(List.of(flag(PiiKind.EMAIL, email)), flags("He wrote from " + email + " twice."));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Met him at home.Then he left.",
                "We met at 10.30 at the hotel.",
                "Goes by @badguy online.",
                "Arrived at hotel reception"
            })
    void sentencesWithAtAreNotEmails(String text) {
        assertEquals(List.of(), flags(text));
    }

    @Test
    void anAddressAfterASpokenAtIsStillFound() {
        assertEquals(
                List.of(flag(PiiKind.EMAIL, "bad.guy@example.com")), flags("Reach him at bad.guy@example.com today."));
    }

    @Test
    void aDomainAfterASpokenAtIsAUrlNotAnEmail() {
        assertEquals(List.of(flag(PiiKind.URL, "example.nl")), flags("His ad is at example.nl today."));
    }

    @Test
    void aPublishedEmailIsNotFlaggedWhateverItsCaseOrDisguise() {
        var published = id(IdentifierType.EMAIL, "bad@example.com");
        assertEquals(List.of(), flags("Mails from BAD@Example.com, or bad [at] example [dot] com.", published));
    }

    @Test
    void anEmailThatWasNotPublishedIsFlaggedBesideOneThatWas() {
        assertEquals(
                List.of(flag(PiiKind.EMAIL, "other@example.com")),
                flags("bad@example.com and other@example.com", id(IdentifierType.EMAIL, "bad@example.com")));
    }
}
