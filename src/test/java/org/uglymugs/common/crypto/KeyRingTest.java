package org.uglymugs.common.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyRingTest {

    private static final boolean PRODUCTION = true;
    private static final boolean DEV_OR_TEST = false;
    private static final String KEY_ID = "k1";
    private static final String OTHER_ID = "k2";
    private static final String AES_KEY = TestKeys.randomKey();
    private static final String HMAC_KEY = TestKeys.randomKey();
    private static final int SHORT_KEY_BYTES = 16;
    private static final int LONG_HMAC_KEY_BYTES = 64;
    private static final String APPLICATION_PROPERTIES = "application.properties";

    static Stream<String> publishedKeys() {
        return KeyRing.PUBLISHED_KEYS.stream();
    }

    @Test
    void productionAcceptsRealKeys() {
        KeyRing ring = KeyRing.from(config(KEY_ID, KEY_ID + ":" + AES_KEY, HMAC_KEY), PRODUCTION);
        assertEquals(KEY_ID, ring.activeKeyId());
        assertArrayEquals(Base64.getDecoder().decode(AES_KEY), ring.key(KEY_ID));
        assertArrayEquals(Base64.getDecoder().decode(HMAC_KEY), ring.hmacKey());
        assertNull(ring.key(OTHER_ID));
    }

    /** L11: a second key under the same id would silently replace the first and strand what it sealed. */
    @Test
    void aKeyIdGivenTwiceIsRefusedAtStartUpNamingTheId() {
        String twice = KEY_ID + ":" + AES_KEY + "," + OTHER_ID + ":" + TestKeys.randomKey() + "," + KEY_ID + ":"
                + TestKeys.randomKey();
        for (boolean production : List.of(PRODUCTION, DEV_OR_TEST)) {
            IllegalStateException refused = assertThrows(
                    IllegalStateException.class, () -> KeyRing.from(config(KEY_ID, twice, HMAC_KEY), production));
            assertEquals(
                    "uglymugs.crypto.keys: key id k1 is given twice; each id must name one key", refused.getMessage());
        }
    }

    @Test
    void everyKeyInTheRepositorysConfigurationIsAmongThePublishedOnes() throws IOException {
        List<String> configured = configuredThrowAwayKeys();
        assertFalse(configured.isEmpty());
        for (String key : configured) {
            assertTrue(
                    KeyRing.PUBLISHED_KEYS.contains(key), "application.properties holds a key production would accept");
        }
    }

    @ParameterizedTest
    @MethodSource("publishedKeys")
    void productionRefusesAPublishedKeyAsAnEncryptionKey(String published) {
        CryptoConfig config = config(KEY_ID, KEY_ID + ":" + published, HMAC_KEY);
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> KeyRing.from(config, PRODUCTION));
        assertTrue(refused.getMessage().contains("published"));
        assertFalse(refused.getMessage().contains(published), "the key itself is never in the message");
    }

    @ParameterizedTest
    @MethodSource("publishedKeys")
    void productionRefusesAPublishedKeyAsTheHmacKey(String published) {
        CryptoConfig config = config(KEY_ID, KEY_ID + ":" + AES_KEY, published);
        assertThrows(IllegalStateException.class, () -> KeyRing.from(config, PRODUCTION));
    }

    @Test
    void productionRefusesAPublishedKeyAmongRealOnes() {
        String published = KeyRing.PUBLISHED_KEYS.iterator().next();
        CryptoConfig config = config(KEY_ID, KEY_ID + ":" + AES_KEY + "," + OTHER_ID + ":" + published, HMAC_KEY);
        assertThrows(IllegalStateException.class, () -> KeyRing.from(config, PRODUCTION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%dev.", "%test."})
    void devAndTestAcceptTheirPublishedKeys(String profile) throws IOException {
        Properties properties = applicationProperties();
        String keys = properties.getProperty(profile + "uglymugs.crypto.keys");
        String activeKeyId = properties.getProperty(profile + "uglymugs.crypto.active-key-id", KEY_ID);
        CryptoConfig config = config(activeKeyId, keys, properties.getProperty(profile + "uglymugs.crypto.hmac-key"));

        assertDoesNotThrow(() -> KeyRing.from(config, DEV_OR_TEST));
        assertThrows(IllegalStateException.class, () -> KeyRing.from(config, PRODUCTION));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aShortEncryptionKeyIsRefused(boolean production) {
        CryptoConfig config = config(KEY_ID, KEY_ID + ":" + TestKeys.randomKey(SHORT_KEY_BYTES), HMAC_KEY);
        assertThrows(IllegalStateException.class, () -> KeyRing.from(config, production));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aShortHmacKeyIsRefused(boolean production) {
        CryptoConfig config = config(KEY_ID, KEY_ID + ":" + AES_KEY, TestKeys.randomKey(SHORT_KEY_BYTES));
        assertThrows(IllegalStateException.class, () -> KeyRing.from(config, production));
    }

    @Test
    void aLongerHmacKeyIsAccepted() {
        CryptoConfig config = config(KEY_ID, KEY_ID + ":" + AES_KEY, TestKeys.randomKey(LONG_HMAC_KEY_BYTES));
        assertDoesNotThrow(() -> KeyRing.from(config, PRODUCTION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64 at all!", "%%%%", "ZGV2=LW9"})
    void badBase64IsRefusedWithoutEchoingIt(String bad) {
        CryptoConfig config = config(KEY_ID, KEY_ID + ":" + bad, HMAC_KEY);
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> KeyRing.from(config, PRODUCTION));
        assertFalse(refused.getMessage().contains(bad));
    }

    @Test
    void badBase64AsTheHmacKeyIsRefused() {
        CryptoConfig config = config(KEY_ID, KEY_ID + ":" + AES_KEY, "not base64 at all!");
        assertThrows(IllegalStateException.class, () -> KeyRing.from(config, DEV_OR_TEST));
    }

    @Test
    void anActiveKeyIdNotInTheListIsRefused() {
        CryptoConfig config = config(OTHER_ID, KEY_ID + ":" + AES_KEY, HMAC_KEY);
        assertThrows(IllegalStateException.class, () -> KeyRing.from(config, DEV_OR_TEST));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-separator", ":" + "AAAA", "bad id:AAAA", " ,k3:AAAA"})
    void anEntryThatIsNotIdColonKeyIsRefused(String entry) {
        CryptoConfig config = config(KEY_ID, KEY_ID + ":" + AES_KEY + "," + entry, HMAC_KEY);
        assertThrows(IllegalStateException.class, () -> KeyRing.from(config, DEV_OR_TEST));
    }

    @Test
    void severalKeysCanBeConfiguredForRotation() {
        String older = TestKeys.randomKey();
        KeyRing ring = KeyRing.from(
                config(OTHER_ID, KEY_ID + ":" + older + ", " + OTHER_ID + ":" + AES_KEY, HMAC_KEY), PRODUCTION);
        assertEquals(OTHER_ID, ring.activeKeyId());
        assertArrayEquals(Base64.getDecoder().decode(older), ring.key(KEY_ID));
    }

    @Test
    void previousHmacKeysAreTriedAfterTheActiveOneAndKnownByFingerprintOnly() {
        String older = TestKeys.randomKey();
        String oldest = TestKeys.randomKey();
        KeyRing ring = KeyRing.from(
                new TestKeys.Config(
                        KEY_ID, KEY_ID + ":" + AES_KEY, HMAC_KEY, java.util.Optional.of(older + ", " + oldest + ",")),
                PRODUCTION);
        KeyedHash keyed = new KeyedHash(ring);
        List<String> ids = List.of(
                KeyedHash.keyIdOf(Base64.getDecoder().decode(HMAC_KEY)),
                KeyedHash.keyIdOf(Base64.getDecoder().decode(older)),
                KeyedHash.keyIdOf(Base64.getDecoder().decode(oldest)));
        assertEquals(ids, keyed.keyIds());
        assertEquals(ids.get(0), keyed.activeKeyId());
        assertTrue(ids.stream().allMatch(id -> id.matches("[0-9a-f]{8}")));
        List<byte[]> candidates = keyed.candidates("receipt", "ABCD");
        assertEquals(3, candidates.size());
        assertArrayEquals(keyed.hash("receipt", "ABCD"), candidates.get(0));
        KeyedHash olderAlone = new KeyedHash(KeyRing.from(config(KEY_ID, KEY_ID + ":" + AES_KEY, older), PRODUCTION));
        assertArrayEquals(olderAlone.hash("receipt", "ABCD"), candidates.get(1));
        assertEquals(ids.get(1), olderAlone.activeKeyId());
    }

    @Test
    void aPreviousHmacKeyIsCheckedLikeTheActiveOneAndNeverRepeated() {
        String published = "dGVzdC1vbmx5LWhtYWMtZG8tbm90LXVzZS1pbi1wcm9kIQ==";
        for (String previous : List.of(published, "not base64!", TestKeys.randomKey(SHORT_KEY_BYTES), HMAC_KEY)) {
            IllegalStateException refused = assertThrows(
                    IllegalStateException.class,
                    () -> KeyRing.from(
                            new TestKeys.Config(
                                    KEY_ID, KEY_ID + ":" + AES_KEY, HMAC_KEY, java.util.Optional.of(previous)),
                            PRODUCTION));
            assertTrue(refused.getMessage().startsWith("uglymugs.crypto.hmac-previous-keys"), refused.getMessage());
            assertFalse(refused.getMessage().contains(previous), "the key itself is never in the message");
        }
        String twice = TestKeys.randomKey();
        assertThrows(
                IllegalStateException.class,
                () -> KeyRing.from(
                        new TestKeys.Config(
                                KEY_ID, KEY_ID + ":" + AES_KEY, HMAC_KEY, java.util.Optional.of(twice + "," + twice)),
                        DEV_OR_TEST));
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = KeyRingTest.class.getClassLoader().getResourceAsStream(APPLICATION_PROPERTIES)) {
            properties.load(in);
        }
        return properties;
    }

    /** The base64 keys of every {@code uglymugs.crypto.keys} and {@code hmac-key} given in application.properties. */
    private static List<String> configuredThrowAwayKeys() throws IOException {
        Properties properties = applicationProperties();
        List<String> keys = new ArrayList<>();
        for (String name : properties.stringPropertyNames()) {
            String value = properties.getProperty(name);
            if (value.startsWith("${")) {
                continue; // taken from the environment
            }
            if (name.endsWith("uglymugs.crypto.keys")) {
                Arrays.stream(value.split(","))
                        .map(entry -> entry.split(":", 2)[1].trim())
                        .forEach(keys::add);
            } else if (name.endsWith("uglymugs.crypto.hmac-key")) {
                keys.add(value.trim());
            }
        }
        return keys;
    }

    private static CryptoConfig config(String activeKeyId, String keys, String hmacKey) {
        return new TestKeys.Config(activeKeyId, keys, hmacKey);
    }
}
