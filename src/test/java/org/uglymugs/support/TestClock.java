package org.uglymugs.support;

import io.quarkus.arc.Arc;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests: the system clock plus an offset that a test moves forward with
 * {@link #advance(Duration)} (token expiry, idle sessions, the next TOTP step) instead of waiting.
 * A test that moves it calls {@link #reset()} afterwards.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** The running application's clock (the one its beans are given). */
    public static TestClock current() {
        return Arc.container().instance(TestClock.class).get();
    }

    public void advance(Duration by) {
        offset.updateAndGet(o -> o.plus(by));
    }

    public void reset() {
        boolean wasAhead = !offset.getAndSet(Duration.ZERO).isZero();
        if (wasAhead) {
            TotpCodes.clockSetBack(instant());
        }
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the application clock is UTC");
    }
}
