package org.uglymugs.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabasePasswordTest {

    private static final boolean PRODUCTION = true;
    private static final boolean DEV_OR_TEST = false;

    @Test
    void productionRefusesTheDefaultPasswordOfTheRepositorysConfiguration() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DatabasePasswordTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        Matcher fallback = Pattern.compile("\\$\\{UGLYMUGS_DB_PASSWORD:([^}]*)}")
                .matcher(properties.getProperty("quarkus.datasource.password"));
        assertTrue(fallback.matches(), "the password comes from UGLYMUGS_DB_PASSWORD");
        String published = fallback.group(1);

        IllegalStateException refused = assertThrows(
                IllegalStateException.class, () -> DatabasePassword.check(PRODUCTION, Optional.of(published)));
        assertTrue(refused.getMessage().contains("UGLYMUGS_DB_PASSWORD"));
        assertFalse(refused.getMessage().contains(published), "the password itself is never in the message");
        assertDoesNotThrow(() -> DatabasePassword.check(DEV_OR_TEST, Optional.of(published)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", " uglymugs "})
    void productionRefusesAnEmptyOrPublishedPassword(String password) {
        assertThrows(IllegalStateException.class, () -> DatabasePassword.check(PRODUCTION, Optional.of(password)));
    }

    @Test
    void productionRefusesNoPasswordAtAll() {
        assertThrows(IllegalStateException.class, () -> DatabasePassword.check(PRODUCTION, Optional.empty()));
    }

    @Test
    void productionAcceptsASecretPassword() {
        assertDoesNotThrow(() -> DatabasePassword.check(PRODUCTION, Optional.of("Xq7-long-and-secret-9fJ")));
    }
}
