package org.uglymugs.common.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HMAC-SHA256 under the server secret, for equality look-ups without storing the value:
 * identifiers (matching, the check) and receipt keys. Each purpose gets its own derived key,
 * so a hash from one purpose never matches another.
 *
 * <p>HMAC key rotation: new hashes are made under the active key ({@code uglymugs.crypto.hmac-key});
 * a look-up takes {@link #candidates}, the hashes under every configured key (active first, then
 * {@code uglymugs.crypto.hmac-previous-keys}), all computed whatever is found, so a miss costs what a
 * hit costs. A key is known by its fingerprint ({@link #keyIdOf}), never by itself. The derived
 * purpose keys are cached (a handful of fixed purposes per key), so a check derives nothing.
 */
@ApplicationScoped
public class KeyedHash {

    /** What a key's fingerprint is the HMAC of: never a purpose, so no stored hash equals it. */
    private static final byte[] KEY_ID_INPUT = "uglymugs.hmac-key-id".getBytes(StandardCharsets.UTF_8);

    private final List<Secret> secrets;

    public KeyedHash(KeyRing keys) {
        List<Secret> all = new ArrayList<>();
        all.add(new Secret(keys.hmacKey()));
        keys.hmacPreviousKeys().forEach(k -> all.add(new Secret(k)));
        this.secrets = List.copyOf(all);
    }

    /** The hash under the active key: what is stored. */
    public byte[] hash(String purpose, String value) {
        return secrets.get(0).hash(purpose, value);
    }

    /** The hashes under every configured key, the active key's first; always all of them. */
    public List<byte[]> candidates(String purpose, String value) {
        List<byte[]> out = new ArrayList<>(secrets.size());
        for (Secret s : secrets) {
            out.add(s.hash(purpose, value));
        }
        return out;
    }

    /** The hash under the configured key with this fingerprint (for values made under an old key). */
    public byte[] hashUnder(String keyId, String purpose, String value) {
        for (Secret s : secrets) {
            if (s.id.equals(keyId)) {
                return s.hash(purpose, value);
            }
        }
        throw new IllegalArgumentException("no configured HMAC key has this id");
    }

    /** The active key's fingerprint: stored next to hashes made under it. */
    public String activeKeyId() {
        return secrets.get(0).id;
    }

    /** Every configured key's fingerprint, the active key's first. */
    public List<String> keyIds() {
        return secrets.stream().map(s -> s.id).toList();
    }

    /** A key's fingerprint: the first 8 hex digits of its HMAC of a fixed text. Tells nothing of the key. */
    public static String keyIdOf(byte[] key) {
        return HexFormat.of().formatHex(mac(key, KEY_ID_INPUT), 0, 4);
    }

    private static byte[] mac(byte[] key, byte[] input) {
        return KeyedMac.keyed(key).doFinal(input);
    }

    /** One HMAC key, its fingerprint and its derived purpose keys (computed once each, thread-safe). */
    private static final class Secret {

        private final byte[] key;
        private final String id;
        private final Map<String, KeyedMac> purposeMacs = new ConcurrentHashMap<>();

        Secret(byte[] key) {
            this.key = key;
            this.id = keyIdOf(key);
        }

        byte[] hash(String purpose, String value) {
            KeyedMac purposeMac = purposeMacs.computeIfAbsent(
                    purpose, p -> new KeyedMac(mac(key, p.getBytes(StandardCharsets.UTF_8))));
            return purposeMac.of(value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
