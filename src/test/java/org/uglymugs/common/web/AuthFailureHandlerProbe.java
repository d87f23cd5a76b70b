package org.uglymugs.common.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test only: whether the request reached RESTEasy with this app's auth-failure handler in place. */
@Path("/test-support/auth-failure-handler")
public class AuthFailureHandlerProbe {

    private final CurrentVertxRequest current;

    public AuthFailureHandlerProbe(CurrentVertxRequest current) {
        this.current = current;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String handler() {
        Object handler = current.getCurrent().get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        return handler == AuthFailureHandlers.FAIL_THE_REQUEST ? "ours" : String.valueOf(handler);
    }
}
