package org.uglymugs.common.error;

/** A client went over a rate limit; {@code Retry-After} tells it when to come back. */
public class TooManyRequests extends ProblemException {

    private final long retryAfterSeconds;

    private TooManyRequests(long retryAfterSeconds) {
        super(429, "rate-limited", "Too many requests", "Please wait before trying again.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static TooManyRequests retryAfter(long seconds) {
        return new TooManyRequests(Math.max(1, seconds));
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
