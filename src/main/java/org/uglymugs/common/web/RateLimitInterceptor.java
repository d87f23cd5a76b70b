package org.uglymugs.common.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcInvocationContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Applies {@link RateLimited}: one token from the client's bucket before the call, and before any
 * transaction opens. Calls made outside an HTTP request (scheduled jobs, other services at start-up)
 * are not limited; a request takes at most one token of each kind, so calls nested inside a call
 * limited by the same kind take no second token (a page that is limited as a whole and then calls a
 * service limited by another kind, like {@code /check/answer}, takes one of each).
 */
@RateLimited(RateLimiter.Kind.REPORTS) // binds every kind: the kind is @Nonbinding and read per call
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RateLimitInterceptor {

    private static final String TAKEN = RateLimitInterceptor.class.getName() + ".taken.";

    private final RateLimiter limiter;
    private final CurrentVertxRequest current;

    public RateLimitInterceptor(RateLimiter limiter, CurrentVertxRequest current) {
        this.limiter = limiter;
        this.current = current;
    }

    @AroundInvoke
    Object limit(InvocationContext context) throws Exception {
        RoutingContext request = Arc.container().requestContext().isActive() ? current.getCurrent() : null;
        if (request != null) {
            RateLimiter.Kind kind = ArcInvocationContext.findIterceptorBinding(context, RateLimited.class)
                    .value();
            if (request.get(TAKEN + kind) == null) {
                limiter.consume(kind, ClientAddress.of(request.request()));
                request.put(TAKEN + kind, Boolean.TRUE);
            }
        }
        return context.proceed();
    }
}
