package org.uglymugs.subscription;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Vetting on, as in production. */
public class VettingProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("uglymugs.subscriptions.vetting", "true");
    }
}
