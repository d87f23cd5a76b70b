package org.uglymugs.common.web;

import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Spares every request a RESTEasy request mapper built from scratch.
 *
 * <p>With Micrometer present, Quarkus REST installs a filter (priority 199, just after HTTP
 * authentication's 200) that, whenever a request carries HTTP security's default auth-failure
 * handler, builds a new {@code RequestMapper} over every resource class to find the route's
 * template, for the metrics of an authentication that fails before a resource is matched, and then
 * swaps in a handler that fails the routing context. This app authenticates only inside resources
 * ({@code quarkus.http.auth.proactive=false}, no path permissions), where Quarkus REST has set the
 * template already, so that mapping is never needed: a JFR allocation profile of the check put it at
 * 42 % of all the check allocated, a CPU profile at 7.6 % of its time.
 *
 * <p>This route runs just before that filter (the same order, and routes of the same order run in
 * the order they were added: this one is added when the router is announced, the filters after) and
 * swaps in a handler that does exactly what the filter's does, so it finds nothing to do. With
 * proactive authentication on, it is not installed. {@code AuthFailureHandlersTest} fails if a
 * Quarkus upgrade moves the filter ahead of it.
 */
@ApplicationScoped
class AuthFailureHandlers {

    /** The route order of Quarkus REST's filter: Quarkus orders a filter of priority p at -p. */
    static final int ORDER = -199;

    /** Marks and fails the routing context, as Quarkus REST's own handler does. */
    static final BiConsumer<RoutingContext, Throwable> FAIL_THE_REQUEST = (ctx, failure) -> {
        DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(ctx, failure);
        if (!ctx.failed()) {
            ctx.fail(DefaultAuthFailureHandler.extractRootCause(failure));
        }
    };

    private final boolean proactive;

    AuthFailureHandlers(@ConfigProperty(name = "quarkus.http.auth.proactive") boolean proactive) {
        this.proactive = proactive;
    }

    void install(@Observes Router router) {
        if (!proactive) {
            router.route().order(ORDER).handler(AuthFailureHandlers::swap);
        }
    }

    private static void swap(RoutingContext ctx) {
        if (ctx.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER) instanceof DefaultAuthFailureHandler) {
            ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, FAIL_THE_REQUEST);
        }
        ctx.next();
    }
}
