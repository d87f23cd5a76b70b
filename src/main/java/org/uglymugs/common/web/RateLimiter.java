package org.uglymugs.common.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.uglymugs.common.error.TooManyRequests;

/**
 * In-memory token buckets keyed by HMAC(salt, client address). The salt lives only in memory and is
 * replaced on a schedule, which also forgets every bucket: nothing links a client across rotations,
 * and nothing about a client is ever written down.
 */
@ApplicationScoped
public class RateLimiter {

    public enum Kind {
        REPORTS,
        RECEIPTS,
        LOGINS,
        SUBSCRIPTIONS,
        /** Identifier checks per client. */
        CHECKS,
        /** Identifier checks per subscriber: the key is the subscriber, not an address. */
        SUBSCRIBER_CHECKS,
        /** Staff logins per account: the key is the username, never kept but as a salted hash. */
        LOGIN_ACCOUNTS
    }

    /** Past this many live buckets the map is dropped rather than grow without bound. */
    private static final int MAX_BUCKETS = 200_000;

    private final RateLimitConfig config;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile byte[] salt;

    public RateLimiter(RateLimitConfig config) {
        this.config = config;
        rotateSalt();
    }

    /**
     * Takes one token for this client (or, for a per-holder kind, this holder, such as a subscriber),
     * or throws {@link TooManyRequests} with the wait. The key is only ever kept as a salted hash.
     */
    public void consume(Kind kind, String clientAddress) {
        if (buckets.size() > MAX_BUCKETS) {
            forgetIdle();
        }
        Bucket bucket = buckets.computeIfAbsent(key(kind, clientAddress), k -> newBucket(kind));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            if (kind == Kind.LOGINS || kind == Kind.LOGIN_ACCOUNTS) {
                // One answer whichever bucket ran dry (this client's or this account's).
                throw TooManyRequests.retryAfter(loginRetryAfter());
            }
            throw TooManyRequests.retryAfter(TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        }
    }

    /**
     * Past {@link #MAX_BUCKETS}, forgets the clients whose bucket is full again (nobody lost anything),
     * so a flood of new addresses cannot reset the buckets of clients that are being held back.
     */
    private void forgetIdle() {
        buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= capacityOf(e.getKey()));
        if (buckets.size() > MAX_BUCKETS) {
            buckets.clear();
        }
    }

    private long capacityOf(String key) {
        return limit(Kind.valueOf(key.substring(0, key.indexOf(':')))).capacity();
    }

    @Scheduled(
            every = "${uglymugs.rate-limit.salt-rotation:PT6H}",
            delayed = "${uglymugs.rate-limit.salt-rotation:PT6H}")
    void rotateSalt() {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        salt = fresh;
        buckets.clear();
    }

    private Bucket newBucket(Kind kind) {
        RateLimitConfig.Limit limit = limit(kind);
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.period())
                        .build())
                .build();
    }

    /** The longer of the two login periods: a limited login never tells which limit it met. */
    private long loginRetryAfter() {
        return Math.max(
                config.logins().period().toSeconds(),
                config.loginAccounts().period().toSeconds());
    }

    private RateLimitConfig.Limit limit(Kind kind) {
        return switch (kind) {
            case REPORTS -> config.reports();
            case RECEIPTS -> config.receipts();
            case LOGINS -> config.logins();
            case SUBSCRIPTIONS -> config.subscriptions();
            case CHECKS -> config.checks();
            case SUBSCRIBER_CHECKS -> config.subscriberChecks();
            case LOGIN_ACCOUNTS -> config.loginAccounts();
        };
    }

    /** {@code KIND:base64(HMAC(salt, kind|address))}: the kind stays readable, the address does not. */
    private String key(Kind kind, String clientAddress) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            byte[] digest = mac.doFinal((kind + "|" + clientAddress).getBytes(StandardCharsets.UTF_8));
            return kind.name() + ":" + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
