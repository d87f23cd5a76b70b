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

class PiiUrlTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.com/profile",
                "http://example.com",
                "HTTPS://Example.com/a?b=c&d=e",
                "www.example.com",
                "www.example.xyz",
                "adultwork.com/123",
                "example.nl",
                "escorts.example.co.uk",
                "some-site.info/p/12",
                "example.escort/ad"
            })
    void urlsAreFlagged(String url) {
        assertEquals(List.of(flag(PiiKind.URL, url)), flags("His ad is at " + url + ", check it."));
    }

    @Test
    void trailingPunctuationIsNotPartOfTheUrl() {
        assertEquals(List.of(flag(PiiKind.URL, "example.nl/ad")), flags("See example.nl/ad."));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "around 10.30pm",
                "for 2.5 hours",
                "e.g. a car",
                "i.e. cash",
                "etc. etc.",
                "sent photo.jpg",
                "Hij betaalde niet.De man liep weg",
                "he paid.Then left",
                "aged 40-45 yrs."
            })
    void wordsNumbersAndTimesAreNotUrls(String text) {
        assertEquals(List.of(), flags(text));
    }

    @Test
    void aPublishedUrlIsNotFlaggedWhenWrittenAnotherWay() {
        var published = id(IdentifierType.URL, "https://example.com/profile");
        assertEquals(
                List.of(),
                flags("Ad: www.example.com/profile/ and http://EXAMPLE.com/profile?utm_source=x", published));
    }

    @Test
    void anotherPageOnAPublishedSiteIsFlagged() {
        var published = id(IdentifierType.URL, "https://example.com/profile");
        assertEquals(
                List.of(flag(PiiKind.URL, "https://example.com/other")),
                flags("https://example.com/profile and https://example.com/other", published));
    }
}
