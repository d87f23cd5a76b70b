package org.uglymugs.report.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uglymugs.report.api.IdentifierType;

class IdentifierKindsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "bad.client@example.com, EMAIL",
        "https://example.com/profile/123, URL",
        "www.example.com/escort, URL",
        "example.com/ads/99, URL",
        "@BadGuy, USERNAME",
        "07911 123456, PHONE",
        "+31 6 1234 5678, PHONE",
        "'07911123456 (whatsapp)', PHONE",
        "AB12 CDE, VEHICLE_REG",
        "AB12CDE, VEHICLE_REG",
        "Big Dave, NAME",
        "stalker@example, NAME"
    })
    void theKindIsReadFromHowItIsWritten(String value, IdentifierType kind) {
        assertEquals(kind, IdentifierKinds.detect(value));
    }
}
