package org.uglymugs.common.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.uglymugs.common.crypto.KeyedMac;
import org.uglymugs.common.error.TooManyRequests;

/**
 * In-memory token buckets keyed by HMAC(salt, client address). The salt lives only in memory and is
 * replaced on a schedule, which also forgets every bucket: nothing links a client across rotations,
 * and nothing about a client is ever written down.
 *
 * <p>Each kind has its own map, so a flood of one kind (wrong receipts) never touches another
 * (reports). A map never forgets a bucket that holds a client back: only full buckets (nobody lost
 * anything) are dropped, and past {@link #MAX_BUCKETS_PER_KIND} live part-used buckets a new client
 * of that kind is refused (429) until buckets refill, rather than old buckets being forgotten.
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

    /** The ceiling of live buckets per kind: past it, new clients of that kind wait (never a flush). */
    static final int MAX_BUCKETS_PER_KIND = 100_000;

    private static final long SWEEP_GAP_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final RateLimitConfig config;
    private final int maxBucketsPerKind;
    private final SecureRandom random = new SecureRandom();
    private final Map<Kind, Map<String, Bucket>> buckets = new EnumMap<>(Kind.class);
    /** The current salt, keyed once per thread that uses it ({@link #key}). */
    private volatile KeyedMac salted;

    private final Map<Kind, Long> lastSweep = new ConcurrentHashMap<>();

    @Inject
    public RateLimiter(RateLimitConfig config) {
        this(config, MAX_BUCKETS_PER_KIND);
    }

    RateLimiter(RateLimitConfig config, int maxBucketsPerKind) {
        this.config = config;
        this.maxBucketsPerKind = maxBucketsPerKind;
        for (Kind kind : Kind.values()) {
            buckets.put(kind, new ConcurrentHashMap<>());
        }
        rotateSalt();
    }

    /**
     * Takes one token for this client (or, for a per-holder kind, this holder, such as a subscriber),
     * or throws {@link TooManyRequests} with the wait. The key is only ever kept as a salted hash.
     */
    public void consume(Kind kind, String clientAddress) {
        Map<String, Bucket> map = buckets.get(kind);
        String key = key(kind, clientAddress);
        Bucket bucket = map.get(key);
        if (bucket == null) {
            if (map.size() >= maxBucketsPerKind) {
                sweepAtMostEverySecond(kind);
                if (map.size() >= maxBucketsPerKind) {
                    // Every bucket holds someone back: a new client waits rather than anyone being forgotten.
                    throw TooManyRequests.retryAfter(
                            limit(kind).period().toSeconds() / limit(kind).capacity() + 1);
                }
            }
            bucket = map.computeIfAbsent(key, k -> newBucket(kind));
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            if (kind == Kind.LOGINS || kind == Kind.LOGIN_ACCOUNTS) {
                // One answer whichever bucket ran dry (this client's or this account's).
                throw TooManyRequests.retryAfter(loginRetryAfter());
            }
            throw TooManyRequests.retryAfter(TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        }
    }

    /** A full map is swept at most once a second, so a flood past the ceiling costs no sweep per request. */
    private void sweepAtMostEverySecond(Kind kind) {
        long now = System.nanoTime();
        Long last = lastSweep.get(kind);
        if (last == null || now - last > SWEEP_GAP_NANOS) {
            lastSweep.put(kind, now);
            forgetFull(kind);
        }
    }

    /** Forgets the clients of this kind whose bucket is full again: nobody lost anything. */
    private void forgetFull(Kind kind) {
        long capacity = limit(kind).capacity();
        buckets.get(kind).values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
    }

    /** Keeps the maps small between floods: full buckets are dropped every few minutes. */
    @Scheduled(every = "5m", delayed = "5m")
    void forgetFullBuckets() {
        for (Kind kind : Kind.values()) {
            forgetFull(kind);
        }
    }

    @Scheduled(
            every = "${uglymugs.rate-limit.salt-rotation:PT6H}",
            delayed = "${uglymugs.rate-limit.salt-rotation:PT6H}")
    public void rotateSalt() {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        salted = new KeyedMac(fresh);
        buckets.values().forEach(Map::clear);
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
        // The salt of the day, keyed once per thread: no provider look-up, keying or copy per request.
        byte[] digest = salted.of((kind + "|" + clientAddress).getBytes(StandardCharsets.UTF_8));
        return kind.name() + ":" + Base64.getEncoder().encodeToString(digest);
    }
}
