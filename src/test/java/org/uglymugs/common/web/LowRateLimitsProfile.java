package org.uglymugs.common.web;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The one extra test profile: limits low enough to reach in a test, refills too slow to interfere. */
public class LowRateLimitsProfile implements QuarkusTestProfile {

    static final int REPORTS_CAPACITY = 2;
    static final int RECEIPTS_CAPACITY = 3;
    static final int LOGINS_CAPACITY = 3;
    static final int SUBSCRIPTIONS_CAPACITY = 2;
    static final String PERIOD = "PT12H";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "uglymugs.rate-limit.reports.capacity",
                String.valueOf(REPORTS_CAPACITY),
                "uglymugs.rate-limit.reports.period",
                PERIOD,
                "uglymugs.rate-limit.receipts.capacity",
                String.valueOf(RECEIPTS_CAPACITY),
                "uglymugs.rate-limit.receipts.period",
                PERIOD,
                "uglymugs.rate-limit.logins.capacity",
                String.valueOf(LOGINS_CAPACITY),
                "uglymugs.rate-limit.logins.period",
                PERIOD,
                "uglymugs.rate-limit.subscriptions.capacity",
                String.valueOf(SUBSCRIPTIONS_CAPACITY),
                "uglymugs.rate-limit.subscriptions.period",
                PERIOD);
    }
}
