package org.uglymugs.moderation.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The normalised text the detectors read, and its map back to the text as written. */
class NormalisedTextTest {

    @Test
    void normalisingMapsEveryCharacterBackToTheTextAsWritten() {
        NormalisedText n = NormalisedText.of("a\u200Bb\u00A0\uFB01(.)e\u0301");
        assertEquals("ab fi.\u00E9", n.text());
        assertEquals(new Hit(0, 3, PiiKind.URL), n.written(new Hit(0, 2, PiiKind.URL)));
        assertEquals(new Hit(4, 5, PiiKind.URL), n.written(new Hit(4, 5, PiiKind.URL)));
        assertEquals(new Hit(4, 10, PiiKind.URL), n.written(new Hit(4, 7, PiiKind.URL)));
    }
}
