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
 * are not limited; calls nested inside an already limited call take no second token.
 */
@RateLimited(RateLimiter.Kind.REPORTS) // binds every kind: the kind is @Nonbinding and read per call
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RateLimitInterceptor {

    private static final String TAKEN = RateLimitInterceptor.class.getName() + ".taken";

    private final RateLimiter limiter;
    private final CurrentVertxRequest current;

    public RateLimitInterceptor(RateLimiter limiter, CurrentVertxRequest current) {
        this.limiter = limiter;
        this.current = current;
    }

    @AroundInvoke
    Object limit(InvocationContext context) throws Exception {
        RoutingContext request = Arc.container().requestContext().isActive() ? current.getCurrent() : null;
        if (request != null && request.get(TAKEN) == null) {
            RateLimited binding = ArcInvocationContext.findIterceptorBinding(context, RateLimited.class);
            limiter.consume(binding.value(), ClientAddress.of(request.request()));
            request.put(TAKEN, Boolean.TRUE);
        }
        return context.proceed();
    }
}
