package org.uglymugs.staff.page;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.uglymugs.staff.Sessions;
import org.uglymugs.staff.StaffConfig;
import org.uglymugs.staff.auth.StaffAuthMechanism;

/**
 * What every staff page needs: the session cookie (HttpOnly, SameSite=Strict, Secure outside
 * local development) and a CSRF token derived from it, checked on every form POST.
 */
@ApplicationScoped
public class StaffPages {

    private final Sessions sessions;
    private final StaffConfig config;

    public StaffPages(Sessions sessions, StaffConfig config) {
        this.sessions = sessions;
        this.config = config;
    }

    public String csrf(String cookieToken) {
        return cookieToken == null ? "" : sessions.csrfToken(cookieToken);
    }

    /** Refuses a form whose CSRF token does not belong to this session. */
    public void requireCsrf(String cookieToken, String submitted) {
        String expected = csrf(cookieToken);
        if (expected.isEmpty()
                || submitted == null
                || !MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), submitted.getBytes(StandardCharsets.US_ASCII))) {
            throw new ForbiddenException("CSRF token missing or wrong");
        }
    }

    public NewCookie sessionCookie(String token) {
        return new NewCookie.Builder(StaffAuthMechanism.COOKIE)
                .value(token)
                .path("/staff")
                .httpOnly(true)
                .secure(config.cookieSecure())
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge((int) config.sessionMax().toSeconds())
                .build();
    }

    public NewCookie expiredCookie() {
        return new NewCookie.Builder(StaffAuthMechanism.COOKIE)
                .value("")
                .path("/staff")
                .httpOnly(true)
                .secure(config.cookieSecure())
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(0)
                .build();
    }
}
