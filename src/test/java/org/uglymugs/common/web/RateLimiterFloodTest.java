package org.uglymugs.common.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.uglymugs.common.error.TooManyRequests;

/**
 * Review L13: a flood of new addresses (an IPv6 attacker with many /64s) cannot flush the buckets:
 * a client being held back stays held back, another kind is not touched, and past the ceiling a
 * new client waits rather than anyone being forgotten.
 */
class RateLimiterFloodTest {

    private static final int CAPACITY = 3;
    private static final int FLOOD = 200_001;

    private final RateLimiter limiter = new RateLimiter(config());

    @Test
    void aFloodOfNewAddressesNeverFreesAClientThatIsHeldBack() {
        String victimOfTheLimit = "203.0.113.7";
        for (int i = 0; i < CAPACITY; i++) {
            limiter.consume(RateLimiter.Kind.RECEIPTS, victimOfTheLimit);
        }
        assertThrows(TooManyRequests.class, () -> limiter.consume(RateLimiter.Kind.RECEIPTS, victimOfTheLimit));
        int refused = 0;
        for (int i = 0; i < FLOOD; i++) {
            try {
                limiter.consume(RateLimiter.Kind.RECEIPTS, "2001:db8:" + Integer.toHexString(i) + "::/64");
            } catch (TooManyRequests e) {
                refused++;
            }
        }
        assertThrows(
                TooManyRequests.class,
                () -> limiter.consume(RateLimiter.Kind.RECEIPTS, victimOfTheLimit),
                "the flood must not have reset the held-back client");
        if (refused == 0) {
            throw new AssertionError("past the ceiling, new clients must be refused rather than old ones forgotten");
        }
        assertDoesNotThrow(
                () -> limiter.consume(RateLimiter.Kind.REPORTS, "198.51.100.1"),
                "a flood of one kind leaves the other kinds alone");
    }

    private static RateLimitConfig config() {
        RateLimitConfig.Limit limit = new RateLimitConfig.Limit() {
            @Override
            public int capacity() {
                return CAPACITY;
            }

            @Override
            public Duration period() {
                return Duration.ofHours(12);
            }
        };
        return new RateLimitConfig() {
            @Override
            public Duration saltRotation() {
                return Duration.ofHours(6);
            }

            @Override
            public Limit reports() {
                return limit;
            }

            @Override
            public Limit receipts() {
                return limit;
            }

            @Override
            public Limit logins() {
                return limit;
            }

            @Override
            public Limit loginAccounts() {
                return limit;
            }

            @Override
            public Limit subscriptions() {
                return limit;
            }

            @Override
            public Limit checks() {
                return limit;
            }

            @Override
            public Limit subscriberChecks() {
                return limit;
            }
        };
    }
}
