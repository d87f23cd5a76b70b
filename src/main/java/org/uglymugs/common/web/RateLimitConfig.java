package org.uglymugs.common.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Per-client limits. Clients are told apart only by a salted hash of their address, never stored. */
@ConfigMapping(prefix = "uglymugs.rate-limit")
public interface RateLimitConfig {

    /** How often the salt behind the client hashes is replaced (and every bucket forgotten). */
    @WithDefault("PT6H")
    Duration saltRotation();

    /** Report submissions per client. */
    Limit reports();

    /** Receipt look-ups (API and /my-report) per client. */
    Limit receipts();

    /** Staff login attempts per client (accounts also lock after repeated failures). */
    Limit logins();

    /** Subscription requests per client (each sends a confirmation email). */
    Limit subscriptions();

    /** Identifier checks per client (they also cost the subscriber's own allowance). */
    Limit checks();

    /** Identifier checks per subscriber, whichever client they come from. */
    Limit subscriberChecks();

    /** Staff login attempts per account (keyed by a salted hash of the username), from whatever client. */
    Limit loginAccounts();

    interface Limit {
        int capacity();

        Duration period();
    }
}
