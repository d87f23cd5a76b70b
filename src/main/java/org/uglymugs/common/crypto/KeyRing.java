package org.uglymugs.common.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Parses and checks the configured keys; refuses anything that is not usable key material. */
public final class KeyRing {

    /** Keys published in this repository for dev and tests: never accepted in production. */
    static final Set<String> PUBLISHED_KEYS = Set.of(
            "ZGV2LW9ubHkta2V5LWRvLW5vdC11c2UtaW4tcHJvZCE=",
            "dGVzdC1vbmx5LWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=",
            "dGVzdC1vbmx5LWtleTItbm90LWZvci1wcm9kdWN0aW8=",
            "ZGV2LW9ubHktaG1hYy1kby1ub3QtdXNlLWluLXByb2Qh",
            "dGVzdC1vbmx5LWhtYWMtZG8tbm90LXVzZS1pbi1wcm9kIQ==");

    private final String activeKeyId;
    private final Map<String, byte[]> keys;
    private final byte[] hmacKey;
    private final List<byte[]> hmacPreviousKeys;

    private KeyRing(String activeKeyId, Map<String, byte[]> keys, byte[] hmacKey, List<byte[]> hmacPreviousKeys) {
        this.activeKeyId = activeKeyId;
        this.keys = keys;
        this.hmacKey = hmacKey;
        this.hmacPreviousKeys = hmacPreviousKeys;
    }

    public static KeyRing from(CryptoConfig config, boolean production) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : config.keys().split(",")) {
            String[] parts = entry.trim().split(":", 2);
            if (parts.length != 2 || !parts[0].matches("[A-Za-z0-9_-]{1,32}")) {
                throw new IllegalStateException("uglymugs.crypto.keys: each entry must be id:base64");
            }
            if (keys.containsKey(parts[0])) {
                // Silently keeping the last would make values sealed under the first unreadable.
                throw new IllegalStateException(
                        "uglymugs.crypto.keys: key id " + parts[0] + " is given twice; each id must name one key");
            }
            keys.put(parts[0], decode("uglymugs.crypto.keys (" + parts[0] + ")", parts[1], production, 32, 32));
        }
        if (!keys.containsKey(config.activeKeyId())) {
            throw new IllegalStateException("uglymugs.crypto.active-key-id names no configured key");
        }
        byte[] hmac = decode("uglymugs.crypto.hmac-key", config.hmacKey(), production, 32, 64);
        List<byte[]> previous = new ArrayList<>();
        String listed = config.hmacPreviousKeys().orElse("");
        int n = 0;
        for (String entry : listed.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            n++;
            byte[] key = decode("uglymugs.crypto.hmac-previous-keys (entry " + n + ")", entry, production, 32, 64);
            if (java.util.Arrays.equals(key, hmac)
                    || previous.stream().anyMatch(k -> java.util.Arrays.equals(k, key))) {
                // Listed twice, a key would be counted and tried twice; as the active key it is no previous one.
                throw new IllegalStateException("uglymugs.crypto.hmac-previous-keys: entry " + n
                        + " repeats the active HMAC key or an earlier entry");
            }
            previous.add(key);
        }
        return new KeyRing(config.activeKeyId(), Map.copyOf(keys), hmac, List.copyOf(previous));
    }

    private static byte[] decode(String name, String base64, boolean production, int min, int max) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not valid base64");
        }
        if (production && isPublished(bytes)) {
            throw new IllegalStateException(name + " is a published dev/test key; set a real secret for production");
        }
        if (bytes.length < min || bytes.length > max) {
            throw new IllegalStateException(name + " must decode to " + min + (min == max ? "" : "-" + max) + " bytes");
        }
        return bytes;
    }

    /** Compared as bytes, so a published key written without padding or with other spacing is still caught. */
    private static boolean isPublished(byte[] key) {
        return PUBLISHED_KEYS.stream()
                .anyMatch(k -> Arrays.equals(Base64.getDecoder().decode(k), key));
    }

    String activeKeyId() {
        return activeKeyId;
    }

    Set<String> keyIds() {
        return new TreeSet<>(keys.keySet());
    }

    byte[] key(String id) {
        return keys.get(id);
    }

    byte[] hmacKey() {
        return hmacKey.clone();
    }

    /** The previous HMAC keys, in the order configured (copies). */
    List<byte[]> hmacPreviousKeys() {
        return hmacPreviousKeys.stream().map(byte[]::clone).toList();
    }
}
