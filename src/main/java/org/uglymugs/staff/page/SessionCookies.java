package org.uglymugs.staff.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import org.uglymugs.common.web.StaffPages;
import org.uglymugs.staff.StaffConfig;

/**
 * The session cookie as set at login and cleared at logout: HttpOnly, SameSite=Strict, Secure (and
 * {@code __Secure-} prefixed) outside local development. It carries no Max-Age or Expires, so the
 * browser forgets it when it closes and never keeps it on disk; the server ends the session after
 * {@code uglymugs.staff.session-idle} / {@code session-max} whatever the browser does.
 */
@ApplicationScoped
public class SessionCookies {

    private final StaffConfig config;
    private final StaffPages pages;

    public SessionCookies(StaffConfig config, StaffPages pages) {
        this.config = config;
        this.pages = pages;
    }

    public NewCookie session(String token) {
        return builder(token).build();
    }

    public NewCookie expired() {
        return builder("").maxAge(0).build();
    }

    private NewCookie.Builder builder(String value) {
        return new NewCookie.Builder(pages.cookieName())
                .value(value)
                .path("/staff")
                .httpOnly(true)
                .secure(config.cookieSecure())
                .sameSite(NewCookie.SameSite.STRICT);
    }
}
