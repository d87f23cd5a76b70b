package org.uglymugs.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.uglymugs.common.error.Problem;
import org.uglymugs.common.error.Problems;

/**
 * Guards that act before the REST layer: an over-long body is refused with a problem+json 413
 * before it is read, and the Vert.x-level failures keep the problem+json shape.
 */
@ApplicationScoped
public class HttpGuards {

    private final long maxBodyBytes;

    /** The one body limit is Quarkus's own ({@code quarkus.http.limits.max-body-size}); this refuses early by it. */
    public HttpGuards(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::limitBody).failureHandler(HttpGuards::failure);
    }

    private void limitBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long bytes;
            try {
                bytes = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                bytes = -1;
            }
            if (bytes < 0) {
                send(ctx, Problem.of(400, "bad-request", "Bad Request", "Invalid Content-Length."));
                return;
            }
            if (bytes > maxBodyBytes) {
                send(ctx, tooLarge());
                return;
            }
        }
        ctx.next();
    }

    private static void failure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode();
        if (status == 413) {
            send(ctx, tooLarge());
        } else if (status >= 400 && status < 500) {
            send(ctx, Problem.of(status, "bad-request", "Bad Request", null));
        } else {
            ctx.next();
        }
    }

    private static Problem tooLarge() {
        return Problem.of(413, "too-large", "Payload Too Large", "The request body is too large.");
    }

    static void send(RoutingContext ctx, Problem problem) {
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Problems.json(problem));
    }
}
