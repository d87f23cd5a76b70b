package org.uglymugs.common.web;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.uglymugs.common.crypto.KeyedHash;

/**
 * The staff session cookie's name and the CSRF token derived from it (so nothing more is stored),
 * checked on every staff form POST.
 */
@ApplicationScoped
public class StaffPages {

    /** The page session cookie (HttpOnly, SameSite=Strict, path /staff), as named over plain HTTP in development. */
    public static final String COOKIE = "um_staff";

    /** Its name when it is sent only over HTTPS: the browser then refuses it unless set Secure from HTTPS. */
    public static final String SECURE_COOKIE = "__Secure-" + COOKIE;

    private static final String CSRF_PURPOSE = "staff-csrf";

    private final KeyedHash hash;
    private final boolean secure;

    public StaffPages(
            KeyedHash hash,
            @ConfigProperty(name = "uglymugs.staff.cookie-secure", defaultValue = "true") boolean secure) {
        this.hash = hash;
        this.secure = secure;
    }

    /** The session cookie's name: {@code __Secure-} prefixed whenever it is sent over HTTPS only. */
    public String cookieName() {
        return secure ? SECURE_COOKIE : COOKIE;
    }

    /** The CSRF token of a page session, or "" without one. */
    public String csrf(String cookieToken) {
        return cookieToken == null
                ? ""
                : Base64.getUrlEncoder().withoutPadding().encodeToString(hash.hash(CSRF_PURPOSE, cookieToken));
    }

    /**
     * Refuses a form whose CSRF token does not belong to this session. A page rendered before an HMAC
     * key rotation still sends a token made under the previous key: every configured key is compared.
     */
    public void requireCsrf(String cookieToken, String submitted) {
        if (cookieToken == null || submitted == null) {
            throw new ForbiddenException("CSRF token missing or wrong");
        }
        boolean match = false;
        for (byte[] candidate : hash.candidates(CSRF_PURPOSE, cookieToken)) {
            String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(candidate);
            // Every candidate compared, in constant time each: which key matched takes no longer to find.
            match |= MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.US_ASCII), submitted.getBytes(StandardCharsets.US_ASCII));
        }
        if (!match) {
            throw new ForbiddenException("CSRF token missing or wrong");
        }
    }
}
