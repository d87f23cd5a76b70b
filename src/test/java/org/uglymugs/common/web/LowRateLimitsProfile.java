package org.uglymugs.common.web;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The one extra test profile: limits low enough to reach in a test, refills too slow to interfere. */
public class LowRateLimitsProfile implements QuarkusTestProfile {

    static final int REPORTS_CAPACITY = 2;
    static final int RECEIPTS_CAPACITY = 3;
    static final int LOGINS_CAPACITY = 3;
    static final int SUBSCRIPTIONS_CAPACITY = 2;
    static final int CHECKS_CAPACITY = 5;
    static final int SUBSCRIBER_CHECKS_CAPACITY = 2;
    static final String PERIOD = "PT12H";
    /** What one report may hold in this profile (report/ReportCapsTest). */
    public static final int MAX_INCIDENTS = 2;

    public static final int MAX_MESSAGES = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                limit("reports", REPORTS_CAPACITY),
                period("reports"),
                limit("receipts", RECEIPTS_CAPACITY),
                period("receipts"),
                limit("logins", LOGINS_CAPACITY),
                period("logins"),
                limit("subscriptions", SUBSCRIPTIONS_CAPACITY),
                period("subscriptions"),
                limit("checks", CHECKS_CAPACITY),
                period("checks"),
                limit("subscriber-checks", SUBSCRIBER_CHECKS_CAPACITY),
                period("subscriber-checks"),
                Map.entry("uglymugs.reports.max-incidents", String.valueOf(MAX_INCIDENTS)),
                Map.entry("uglymugs.reports.max-messages", String.valueOf(MAX_MESSAGES)));
    }

    private static Map.Entry<String, String> limit(String kind, int capacity) {
        return Map.entry("uglymugs.rate-limit." + kind + ".capacity", String.valueOf(capacity));
    }

    private static Map.Entry<String, String> period(String kind) {
        return Map.entry("uglymugs.rate-limit." + kind + ".period", PERIOD);
    }
}
