package org.uglymugs.common.crypto;

import java.security.SecureRandom;
import java.util.Base64;

/** Fresh key material for crypto unit tests, and a {@link CryptoConfig} built from plain strings. */
final class TestKeys {

    static final int AES_KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {}

    record Config(String activeKeyId, String keys, String hmacKey, java.util.Optional<String> hmacPreviousKeys)
            implements CryptoConfig {
        Config(String activeKeyId, String keys, String hmacKey) {
            this(activeKeyId, keys, hmacKey, java.util.Optional.empty());
        }
    }

    /** base64 of {@code bytes} random bytes. */
    static String randomKey(int bytes) {
        byte[] key = new byte[bytes];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static String randomKey() {
        return randomKey(AES_KEY_BYTES);
    }

    static KeyRing ring(String activeKeyId, String keys) {
        return KeyRing.from(new Config(activeKeyId, keys, randomKey()), false);
    }
}
