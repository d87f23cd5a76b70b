package org.uglymugs.staff;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Staff login limits low enough to reach: per account below per client, refills too slow to interfere. */
public class LoginLimitsProfile implements QuarkusTestProfile {

    static final int PER_CLIENT = 6;
    static final int PER_ACCOUNT = 3;
    static final String PERIOD = "PT12H";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "uglymugs.rate-limit.logins.capacity",
                String.valueOf(PER_CLIENT),
                "uglymugs.rate-limit.logins.period",
                PERIOD,
                "uglymugs.rate-limit.login-accounts.capacity",
                String.valueOf(PER_ACCOUNT),
                "uglymugs.rate-limit.login-accounts.period",
                PERIOD);
    }
}
