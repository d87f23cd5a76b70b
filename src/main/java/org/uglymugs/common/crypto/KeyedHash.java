package org.uglymugs.common.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under the server secret, for equality look-ups without storing the value:
 * identifiers (matching, the check) and receipt keys. Each purpose gets its own derived key,
 * so a hash from one purpose never matches another.
 */
@ApplicationScoped
public class KeyedHash {

    private final byte[] secret;

    public KeyedHash(KeyRing keys) {
        this.secret = keys.hmacKey();
    }

    public byte[] hash(String purpose, String value) {
        byte[] purposeKey = mac(secret, purpose.getBytes(StandardCharsets.UTF_8));
        return mac(purposeKey, value.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] mac(byte[] key, byte[] input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
