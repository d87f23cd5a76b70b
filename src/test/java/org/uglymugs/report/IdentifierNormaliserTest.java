package org.uglymugs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.uglymugs.report.api.IdentifierNormaliser;
import org.uglymugs.report.api.IdentifierType;
import org.uglymugs.report.api.NormalisedIdentifier;

class IdentifierNormaliserTest {

    private static final String DEFAULT_REGION = "GB";
    private static final String UK_MOBILE_E164 = "+447911123456";
    private static final String IRISH_MOBILE_E164 = "+353851234567";
    private static final String EMAIL = "bad.client@example.com";
    private static final String PLATE = "AB12CDE";
    private static final String PLATFORM = "AdultWork";
    private static final String PLATFORM_FOLDED = "adultwork";

    private final IdentifierNormaliser normaliser = new IdentifierNormaliser(() -> DEFAULT_REGION);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "07911 123456",
                "07911123456",
                "+44 7911 123456",
                "+447911123456",
                "0044 7911 123456",
                "(07911) 123-456",
                "  07911-123-456  ",
                "+44 (0)7911 123456"
            })
    void phonesInAnyFormatBecomeE164WithTheDefaultRegion(String written) {
        assertEquals(Optional.of(UK_MOBILE_E164), normaliser.phone(written));
        assertEquals(
                Optional.of(new NormalisedIdentifier(IdentifierType.PHONE, UK_MOBILE_E164, null)),
                normaliser.normalise(IdentifierType.PHONE, written, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+353 85 123 4567", "00353 85 1234567", "+353851234567"})
    void aForeignNumberWithItsCountryCodeKeepsIt(String written) {
        assertEquals(Optional.of(IRISH_MOBILE_E164), normaliser.phone(written));
    }

    @Test
    void theDefaultRegionDecidesNumbersWithoutACountryCode() {
        IdentifierNormaliser irish = new IdentifierNormaliser(() -> "ie");
        assertEquals(Optional.of(IRISH_MOBILE_E164), irish.phone("085 123 4567"));
    }

    @Test
    void aPossibleButUnallocatedNumberIsKeptAndReadAsUnverified() {
        String unallocated = "07911 654321";
        assertEquals(Optional.of("+447911654321"), normaliser.phone(unallocated));
        assertTrue(!normaliser.verified(unallocated, DEFAULT_REGION));
        assertTrue(normaliser.verified("07911 123456", DEFAULT_REGION));
    }

    @Test
    void aRegionGivenByThePageReadsNationalNumbers() {
        assertEquals(Optional.of("+31612345678"), normaliser.phone("06 12345678", "nl"));
        assertTrue(normaliser.verified("06 12345678", "NL"));
        assertTrue(!normaliser.verified("06 12345678", DEFAULT_REGION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"07911 123456 (whatsapp)", "07911123456 whatsapp only", "07911 123456."})
    void aNoteAfterTheNumberIsDropped(String written) {
        assertEquals(Optional.of(UK_MOBILE_E164), normaliser.phone(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "0000", "not a number", "+44 1234", "07911 12345678901", "+999 123 456 789"})
    void invalidPhoneNumbersAreEmpty(String written) {
        assertEquals(Optional.empty(), normaliser.phone(written));
        assertEquals(Optional.empty(), normaliser.normalise(IdentifierType.PHONE, written, null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bad.client@example.com",
                "  Bad.Client@Example.COM ",
                "BAD.CLIENT@EXAMPLE.COM",
                "\tbad.client@example.com\n"
            })
    void emailsAreTrimmedAndLowerCased(String written) {
        assertEquals(Optional.of(EMAIL), normaliser.email(written));
        assertEquals(
                Optional.of(new NormalisedIdentifier(IdentifierType.EMAIL, EMAIL, null)),
                normaliser.normalise(IdentifierType.EMAIL, written, null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "no-at-sign",
                "two@@example.com",
                "a@b",
                "with space@example.com",
                "@example.com",
                "someone@",
                "someone@-example.com"
            })
    void invalidEmailsAreEmpty(String written) {
        assertEquals(Optional.empty(), normaliser.email(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab12 cde", "AB12CDE", "ab12cde", " AB12 CDE ", "AB-12-CDE", "ab12\tcde"})
    void platesAreUpperCasedWithoutSpaces(String written) {
        assertEquals(
                Optional.of(new NormalisedIdentifier(IdentifierType.VEHICLE_REG, PLATE, null)),
                normaliser.normalise(IdentifierType.VEHICLE_REG, written, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!", "A", "AB12 CDE FGH IJK", "AB12.CDE"})
    void invalidPlatesAreEmpty(String written) {
        assertEquals(Optional.empty(), normaliser.normalise(IdentifierType.VEHICLE_REG, written, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"@BadGuy", "BadGuy", "badguy", " @badguy "})
    void usernamesLoseTheAtSignAndCaseAndKeepTheirPlatform(String written) {
        assertEquals(
                Optional.of(new NormalisedIdentifier(IdentifierType.USERNAME, "badguy", PLATFORM_FOLDED)),
                normaliser.normalise(IdentifierType.USERNAME, written, "  " + PLATFORM + " "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aUsernameNeedsAPlatform(String platform) {
        assertEquals(Optional.empty(), normaliser.normalise(IdentifierType.USERNAME, "@BadGuy", platform));
    }

    @ParameterizedTest
    @ValueSource(strings = {"@", "bad guy"})
    void invalidUsernamesAreEmpty(String written) {
        assertEquals(Optional.empty(), normaliser.normalise(IdentifierType.USERNAME, written, PLATFORM));
    }

    @Test
    void theSameUsernameOnAnotherPlatformIsAnotherIdentifier() {
        NormalisedIdentifier one = normaliser
                .normalise(IdentifierType.USERNAME, "@BadGuy", PLATFORM)
                .orElseThrow();
        NormalisedIdentifier other = normaliser
                .normalise(IdentifierType.USERNAME, "@BadGuy", "Telegram")
                .orElseThrow();
        assertTrue(!one.matchKey().equals(other.matchKey()));
    }

    @Test
    void namesAreCaseAndSpaceFolded() {
        assertEquals(
                Optional.of(new NormalisedIdentifier(IdentifierType.NAME, "john smith", null)),
                normaliser.normalise(IdentifierType.NAME, "  John   SMITH ", null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "https://example.com/profile/123         | https://example.com/profile/123",
                "HTTPS://EXAMPLE.COM/profile/123         | https://example.com/profile/123",
                "http://example.com/profile/123          | https://example.com/profile/123",
                "https://www.example.com/profile/123     | https://example.com/profile/123",
                "https://Www.Example.Com/profile/123     | https://example.com/profile/123",
                "https://example.com:443/profile/123     | https://example.com/profile/123",
                "http://example.com:80/profile/123       | https://example.com/profile/123",
                "https://example.com:8443/profile/123    | https://example.com:8443/profile/123",
                "https://example.com/profile/123#photos  | https://example.com/profile/123",
                "https://example.com/profile/123/        | https://example.com/profile/123",
                "https://example.com/profile/123?utm_source=x&utm_medium=y | https://example.com/profile/123",
                "https://example.com/ad?id=7&UTM_Campaign=z | https://example.com/ad?id=7",
                "https://example.com/ad?b=2&a=1          | https://example.com/ad?a=1&b=2",
                "https://example.com/a/./b/../profile    | https://example.com/a/profile",
                "example.com/profile/123                 | https://example.com/profile/123",
                "www.example.com                         | https://example.com",
                "example.com:8443/profile                | https://example.com:8443/profile",
                "https://example.com/Profile/ABC         | https://example.com/Profile/ABC",
                "example.com/go?to=https://other.example | https://example.com/go?to=https://other.example",
                "localhost:8080                          | https://localhost:8080"
            })
    void urlsAreCanonicalised(String written, String canonical) {
        assertEquals(
                Optional.of(new NormalisedIdentifier(IdentifierType.URL, canonical, null)),
                normaliser.normalise(IdentifierType.URL, written, null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "ftp://example.com/file",
                "file:///etc/passwd",
                "mailto:bad.client@example.com",
                "data:text/html,<script>alert(1)</script>",
                "tel:+447911123456",
                "https://",
                "not a url at all",
                "bad.client@example.com",
                "https://someone@example.com/profile"
            })
    void nonWebAddressesAreRefused(String written) {
        assertEquals(Optional.empty(), normaliser.normalise(IdentifierType.URL, written, null));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void blankValuesAreEmptyForEveryType(String value) {
        for (IdentifierType type : IdentifierType.values()) {
            assertEquals(Optional.empty(), normaliser.normalise(type, value, PLATFORM), type.name());
        }
    }
}
