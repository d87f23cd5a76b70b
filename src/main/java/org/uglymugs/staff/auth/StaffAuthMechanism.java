package org.uglymugs.staff.auth;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.uglymugs.common.web.StaffPages;

/**
 * Staff authenticate with {@code Authorization: Bearer <token>} (API clients) or the session cookie
 * (pages). Both are opaque tokens resolved against {@code staff_session}; anything else is anonymous.
 */
@ApplicationScoped
public class StaffAuthMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    private final StaffPages pages;

    public StaffAuthMechanism(StaffPages pages) {
        this.pages = pages;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = token(context, pages.cookieName());
        if (token == null) {
            return Uni.createFrom().nullItem();
        }
        StaffTokenRequest request = new StaffTokenRequest(token);
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identityProviderManager.authenticate(request);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(StaffTokenRequest.class);
    }

    static String token(RoutingContext context, String cookieName) {
        String header = context.request().getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return header.substring(BEARER.length()).strip();
        }
        Cookie cookie = context.request().getCookie(cookieName);
        return cookie == null ? null : cookie.getValue();
    }
}
