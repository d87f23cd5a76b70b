package org.uglymugs.keys;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The state after an operator rotated the HMAC key: the test profile's usual key is the active one
 * and {@link #OLD_KEY}, the key used before, is listed in {@code uglymugs.crypto.hmac-previous-keys}.
 * (The usual key stays active, so rows this class leaves behind are what every other class expects.)
 */
public class HmacRotationProfile implements QuarkusTestProfile {

    /** base64 of 32 bytes; used by this test class only. */
    public static final String OLD_KEY = "aG1hYy1yb3RhdGlvbi10ZXN0LW9sZC1rZXktMzJieXQ=";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("uglymugs.crypto.hmac-previous-keys", OLD_KEY);
    }
}
