package org.uglymugs.staff.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import org.uglymugs.common.web.StaffPages;
import org.uglymugs.staff.StaffConfig;

/** The session cookie as set at login and cleared at logout: HttpOnly, SameSite=Strict, Secure outside local development. */
@ApplicationScoped
public class SessionCookies {

    private final StaffConfig config;

    public SessionCookies(StaffConfig config) {
        this.config = config;
    }

    public NewCookie session(String token) {
        return builder(token).maxAge((int) config.sessionMax().toSeconds()).build();
    }

    public NewCookie expired() {
        return builder("").maxAge(0).build();
    }

    private NewCookie.Builder builder(String value) {
        return new NewCookie.Builder(StaffPages.COOKIE)
                .value(value)
                .path("/staff")
                .httpOnly(true)
                .secure(config.cookieSecure())
                .sameSite(NewCookie.SameSite.STRICT);
    }
}
