package org.uglymugs.common.web;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one way a rate limit is declared: on the service method (or class) that a client's request
 * must pass, so that every door to it (JSON API and HTML page) is limited alike. Placed on the step
 * that does the work, a form with mistakes costs nothing. {@link RateLimitInterceptor} takes one
 * token per call made during an HTTP request, or throws {@code TooManyRequests}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimited {

    @Nonbinding
    RateLimiter.Kind value();
}
