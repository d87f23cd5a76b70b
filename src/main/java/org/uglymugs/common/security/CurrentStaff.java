package org.uglymugs.common.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The signed-in staff member of this request. */
@RequestScoped
public class CurrentStaff {

    /** The security identity's attribute that carries the {@link StaffPrincipal}. */
    public static final String ATTRIBUTE = "uglymugs.staff";

    private final SecurityIdentity identity;

    public CurrentStaff(SecurityIdentity identity) {
        this.identity = identity;
    }

    public StaffPrincipal get() {
        StaffPrincipal principal = identity.getAttribute(ATTRIBUTE);
        if (principal == null) {
            throw new UnauthorizedException();
        }
        return principal;
    }

    public String username() {
        return get().username();
    }
}
