package org.uglymugs.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** TOTP against RFC 6238's SHA-1 test vectors, on a fixed clock: steps, skew, replay, malformed codes. */
class TotpTest {

    /** Base32 of the RFC 6238 SHA-1 seed "12345678901234567890". */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static Totp at(long epochSecond) {
        return new Totp("Ugly Mugs", Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @ParameterizedTest(name = "at {0} s the code is {1} (step {2})")
    @CsvSource({"59, 287082, 1", "1111111109, 081804, 37037036", "1234567890, 005924, 41152263"})
    void acceptsTheRfcVectorsAndNamesTheirStep(long time, String code, long step) {
        assertEquals(step, at(time).verify(RFC_SECRET, code, -1));
        assertEquals(code, at(time).generate(RFC_SECRET, step));
    }

    @Test
    void aCodeIsNeverAcceptedTwice() {
        Totp totp = at(1111111109);
        long step = totp.verify(RFC_SECRET, "081804", -1);
        assertEquals(37037036, step);
        assertEquals(-1, totp.verify(RFC_SECRET, "081804", step), "the same code again");
        assertEquals(-1, totp.verify(RFC_SECRET, totp.generate(RFC_SECRET, step - 1), step), "an older step");
    }

    @Test
    void acceptsOneStepOfSkewEitherWayAndNoMore() {
        long now = 1111111109 / 30;
        Totp totp = at(1111111109);
        assertEquals(now - 1, totp.verify(RFC_SECRET, totp.generate(RFC_SECRET, now - 1), -1));
        assertEquals(now + 1, totp.verify(RFC_SECRET, totp.generate(RFC_SECRET, now + 1), -1));
        assertEquals(-1, totp.verify(RFC_SECRET, totp.generate(RFC_SECRET, now - 2), -1));
        assertEquals(-1, totp.verify(RFC_SECRET, totp.generate(RFC_SECRET, now + 2), -1));
    }

    @Test
    void aLaterStepIsStillAcceptedAfterAnEarlierOne() {
        long now = 1234567890 / 30;
        Totp totp = at(1234567890);
        assertEquals(now + 1, totp.verify(RFC_SECRET, totp.generate(RFC_SECRET, now + 1), now));
    }

    @Test
    void surroundingSpaceIsForgiven() {
        assertEquals(1, at(59).verify(RFC_SECRET, " 287082 ", -1));
    }

    @ParameterizedTest(name = "refuses \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"28708", "2870820", "28708a", "287 082", "000000"})
    void refusesMalformedOrWrongCodes(String code) {
        assertEquals(-1, at(59).verify(RFC_SECRET, code, -1));
    }

    @Test
    void newSecretsAreBase32AndDifferEachTime() {
        Totp totp = at(0);
        String one = totp.newSecret();
        assertTrue(one.matches("[A-Z2-7]{32}"), one);
        assertNotEquals(one, totp.newSecret());
    }

    @Test
    void theEnrolmentUriNamesIssuerAccountAndTheParametersAuthenticatorsNeed() {
        String uri = URLDecoder.decode(at(0).uri("moderator", RFC_SECRET), StandardCharsets.UTF_8);
        assertTrue(uri.startsWith("otpauth://totp/"), uri);
        assertTrue(uri.contains("moderator"), uri);
        assertTrue(uri.contains("secret=" + RFC_SECRET), uri);
        assertTrue(uri.contains("issuer=Ugly Mugs"), uri);
        assertTrue(uri.contains("digits=6"), uri);
        assertTrue(uri.contains("period=30"), uri);
        assertTrue(uri.contains("algorithm=SHA1"), uri);
    }
}
