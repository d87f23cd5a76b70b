package org.uglymugs.common.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
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

    static java.util.stream.Stream<String> publishedKeys() {
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

    @Test
    void theConfiguredDevAndTestKeysAreAmongThePublishedOnes() {
        // The keys in application.properties (%dev, %test): if one changes, PUBLISHED_KEYS must follow.
        for (String key : new String[] {"ZGV2LW9ubHkta2V5LWRvLW5vdC11c2UtaW4tcHJvZCE=",
            "ZGV2LW9ubHktaG1hYy1kby1ub3QtdXNlLWluLXByb2Qh", "dGVzdC1vbmx5LWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=",
            "dGVzdC1vbmx5LWtleTItbm90LWZvci1wcm9kdWN0aW8=", "dGVzdC1vbmx5LWhtYWMtZG8tbm90LXVzZS1pbi1wcm9kIQ=="}) {
            assertTrue(KeyRing.PUBLISHED_KEYS.contains(key), key);
        }
    }

    @ParameterizedTest
    @MethodSource("publishedKeys")
    void productionRefusesAPublishedKeyAsAnEncryptionKey(String published) {
        CryptoConfig config = config(KEY_ID, KEY_ID + ":" + published, HMAC_KEY);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> KeyRing.from(config, PRODUCTION));
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

    @Test
    void devAndTestAcceptThePublishedKeys() {
        CryptoConfig config = config("t2", "t1:dGVzdC1vbmx5LWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=,"
                + "t2:dGVzdC1vbmx5LWtleTItbm90LWZvci1wcm9kdWN0aW8=", "dGVzdC1vbmx5LWhtYWMtZG8tbm90LXVzZS1pbi1wcm9kIQ==");
        assertDoesNotThrow(() -> KeyRing.from(config, DEV_OR_TEST));
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
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> KeyRing.from(config, PRODUCTION));
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
        KeyRing ring = KeyRing.from(config(OTHER_ID, KEY_ID + ":" + older + ", " + OTHER_ID + ":" + AES_KEY, HMAC_KEY),
                PRODUCTION);
        assertEquals(OTHER_ID, ring.activeKeyId());
        assertArrayEquals(Base64.getDecoder().decode(older), ring.key(KEY_ID));
    }

    private static CryptoConfig config(String activeKeyId, String keys, String hmacKey) {
        return new TestKeys.Config(activeKeyId, keys, hmacKey);
    }
}
