package org.uglymugs.staff.auth;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.uglymugs.staff.StaffPrincipal;

/** The signed-in staff member of this request. */
@RequestScoped
public class CurrentStaff {

    private final SecurityIdentity identity;

    public CurrentStaff(SecurityIdentity identity) {
        this.identity = identity;
    }

    public StaffPrincipal get() {
        StaffPrincipal principal = identity.getAttribute(StaffIdentityProvider.ATTRIBUTE);
        if (principal == null) {
            throw new UnauthorizedException();
        }
        return principal;
    }

    public String username() {
        return get().username();
    }
}
