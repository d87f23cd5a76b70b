package org.uglymugs.common.web;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Limits guessing, not using: a secret that is found (a valid receipt) costs nothing, a miss takes
 * one token from the client's bucket of that kind, and past the limit a miss is a 429. The caller
 * does the same look-up either way, so hits and misses cost the same work up to this call.
 */
@ApplicationScoped
public class MissLimiter {

    private final RateLimiter limiter;
    private final CurrentVertxRequest current;

    public MissLimiter(RateLimiter limiter, CurrentVertxRequest current) {
        this.limiter = limiter;
        this.current = current;
    }

    /** One token for a miss during an HTTP request (none outside one), or {@code TooManyRequests}. */
    public void miss(RateLimiter.Kind kind) {
        RoutingContext request = Arc.container().requestContext().isActive() ? current.getCurrent() : null;
        if (request != null) {
            limiter.consume(kind, ClientAddress.of(request.request()));
        }
    }
}
