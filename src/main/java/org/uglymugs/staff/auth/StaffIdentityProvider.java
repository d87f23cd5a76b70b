package org.uglymugs.staff.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.uglymugs.common.security.CurrentStaff;
import org.uglymugs.common.security.StaffPrincipal;
import org.uglymugs.staff.Sessions;

/** Turns a session token into a security identity carrying the staff member's roles and areas. */
@ApplicationScoped
public class StaffIdentityProvider implements IdentityProvider<StaffTokenRequest> {

    private final Sessions sessions;

    public StaffIdentityProvider(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<StaffTokenRequest> getRequestType() {
        return StaffTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(StaffTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.resolve(request.token())
                .map(StaffIdentityProvider::identity)
                .orElseThrow(() -> new AuthenticationFailedException("no live session for this token")));
    }

    private static SecurityIdentity identity(StaffPrincipal principal) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(principal.username()))
                .addRoles(principal.roles())
                .addAttribute(CurrentStaff.ATTRIBUTE, principal)
                .build();
    }
}
