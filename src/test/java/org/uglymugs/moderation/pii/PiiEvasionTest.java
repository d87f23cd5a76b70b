package org.uglymugs.moderation.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uglymugs.moderation.pii.DraftFixtures.REPORTER;
import static org.uglymugs.moderation.pii.DraftFixtures.SUMMARY;
import static org.uglymugs.moderation.pii.DraftFixtures.checker;
import static org.uglymugs.moderation.pii.DraftFixtures.draft;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The security review's evasion strings: Unicode spaces, format characters and written dots no
 * longer hide a phone number, an address, a postcode or a web address; each flag shows the text
 * exactly as written, evasion included.
 */
class PiiEvasionTest {

    static Stream<Arguments> evasions() {
        return Stream.of(
                // the reporter's phone written with a thin space
                Arguments.of("Call 07911\u2009123456 later.", PiiKind.REPORTER_CONTACT, "07911\u2009123456"),
                // ... a narrow no-break space, an ideographic space, a zero-width space, a soft hyphen
                Arguments.of("Call 07911\u202F123456 later.", PiiKind.REPORTER_CONTACT, "07911\u202F123456"),
                Arguments.of("Call 07911\u3000123456 later.", PiiKind.REPORTER_CONTACT, "07911\u3000123456"),
                Arguments.of("Call 0791\u200B1123456 later.", PiiKind.REPORTER_CONTACT, "0791\u200B1123456"),
                Arguments.of("Call 07911\u00AD123456 later.", PiiKind.REPORTER_CONTACT, "07911\u00AD123456"),
                // fullwidth digits
                Arguments.of(
                        "Call \uFF10\uFF17\uFF19\uFF11\uFF11 \uFF11\uFF12\uFF13\uFF14\uFF15\uFF16 later.",
                        PiiKind.REPORTER_CONTACT,
                        "\uFF10\uFF17\uFF19\uFF11\uFF11 \uFF11\uFF12\uFF13\uFF14\uFF15\uFF16"),
                // another phone with a no-break space
                Arguments.of("He rang from 07700\u00A0900456 twice.", PiiKind.PHONE, "07700\u00A0900456"),
                // addresses and postcodes with no-break or zero-width spaces
                Arguments.of("He lives at 12 High\u00A0Street now.", PiiKind.ADDRESS, "12 High\u00A0Street"),
                Arguments.of("He lives at 12\u00A0High Street now.", PiiKind.ADDRESS, "12\u00A0High Street"),
                Arguments.of("Seen near SW1A\u00A01AA often.", PiiKind.ADDRESS, "SW1A\u00A01AA"),
                Arguments.of("Seen near SW1A\u200B 1AA often.", PiiKind.ADDRESS, "SW1A\u200B 1AA"),
                // web addresses with a zero-width space or a written dot
                Arguments.of("See onlyfans\u200B.com/badguy for him.", PiiKind.URL, "onlyfans\u200B.com/badguy"),
                Arguments.of("See onlyfans(.)com/badguy for him.", PiiKind.URL, "onlyfans(.)com/badguy"),
                Arguments.of("See onlyfans[.]com/badguy for him.", PiiKind.URL, "onlyfans[.]com/badguy"),
                // bidi controls around a number
                Arguments.of("Call \u202D07700 900456\u202C now.", PiiKind.PHONE, "07700 900456"));
    }

    @ParameterizedTest
    @MethodSource("evasions")
    void anEvasionIsUndoneAndFlaggedAsWritten(String text, PiiKind kind, String excerpt) {
        List<PiiFlag> found = checker().check(draft(SUMMARY, text), List.of(), REPORTER);
        assertEquals(List.of(new PiiFlag(SUMMARY, kind, excerpt)), found, () -> text);
    }

    @Test
    void cleanTextWithUnicodeSpacesStaysClean() {
        String text = "Tall man,\u00A040s, refused\u2009to pay after 2\u00A0hours, became violent around 10.30pm.";
        assertEquals(List.of(), checker().check(draft(SUMMARY, text), List.of(), REPORTER));
    }
}
