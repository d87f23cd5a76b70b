package org.uglymugs.support;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TOTP codes as an authenticator app computes them, at the application's time ({@link TestClock}).
 * The server never accepts the same time step twice for an account, so this remembers the last step
 * used per secret and takes the next one (the server accepts one step of clock skew either way); when
 * all three are used up it moves the application's clock on to the next step instead of waiting for it.
 */
public final class TotpCodes {

    private static final int PERIOD = 30;
    private static final int SAFE_SECONDS = 25;
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();
    private static final DefaultCodeGenerator GENERATOR = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    private TotpCodes() {}

    public static synchronized String next(String secret) {
        TestClock clock = TestClock.current();
        long step = usableStep(secret, clock);
        while (step < 0) {
            long seconds = clock.instant().getEpochSecond();
            clock.advance(Duration.ofSeconds(PERIOD - seconds % PERIOD));
            step = usableStep(secret, clock);
        }
        LAST_STEP.put(secret, step);
        return at(secret, step);
    }

    /**
     * The application's clock was set back ({@link TestClock#reset()}): a step used while it ran
     * ahead (a login during a test that moved it days on) would otherwise make the next login move
     * the clock forward again to get past it, and leave it there for every later test. Such steps
     * are forgotten, here and in the accounts (the last step is not covered by the staff row MAC).
     */
    static synchronized void clockSetBack(Instant now) {
        long step = now.getEpochSecond() / PERIOD;
        long floor = step - 2;
        LAST_STEP.replaceAll((secret, last) -> last > step + 1 ? floor : last);
        Db.execute("update staff_account set totp_last_step = " + floor + " where totp_last_step > " + (step + 1));
    }

    /** The lowest step the server will still accept and this secret has not used yet, or -1 for none yet. */
    private static long usableStep(String secret, TestClock clock) {
        long seconds = clock.instant().getEpochSecond();
        long now = seconds / PERIOD;
        // The step before is still accepted, unless the server's clock may pass a boundary first.
        long earliest = seconds % PERIOD < SAFE_SECONDS ? now - 1 : now;
        long step = Math.max(earliest, LAST_STEP.getOrDefault(secret, 0L) + 1);
        return step <= now + 1 ? step : -1;
    }

    /** A code that is certainly wrong now (from a step far outside the accepted window). */
    public static String wrong(String secret) {
        long now = TestClock.current().instant().getEpochSecond() / PERIOD;
        String code = at(secret, now - 100);
        return code.equals(at(secret, now)) ? "000000" : code;
    }

    static String at(String secret, long step) {
        try {
            return GENERATOR.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
