package org.uglymugs.support;

import static org.awaitility.Awaitility.await;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TOTP codes as an authenticator app computes them. The server never accepts the same time step
 * twice for an account, so this remembers the last step used per secret and takes the next one
 * (the server accepts one step of clock skew either way), waiting only when all three are used up.
 */
public final class TotpCodes {

    private static final int SAFE_SECONDS = 25;
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();
    private static final DefaultCodeGenerator GENERATOR = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    private TotpCodes() {}

    public static synchronized String next(String secret) {
        long step = await().atMost(Duration.ofSeconds(65))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> usableStep(secret), s -> s > 0);
        LAST_STEP.put(secret, step);
        return at(secret, step);
    }

    /** The lowest step the server will still accept and this secret has not used yet, or -1 for none yet. */
    private static long usableStep(String secret) {
        long seconds = Instant.now().getEpochSecond();
        long now = seconds / 30;
        // The step before is still accepted, unless the server's clock may pass a boundary first.
        long earliest = seconds % 30 < SAFE_SECONDS ? now - 1 : now;
        long step = Math.max(earliest, LAST_STEP.getOrDefault(secret, 0L) + 1);
        return step <= now + 1 ? step : -1;
    }

    /** A code that is certainly wrong now (from a step far outside the accepted window). */
    public static String wrong(String secret) {
        long now = Instant.now().getEpochSecond() / 30;
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
