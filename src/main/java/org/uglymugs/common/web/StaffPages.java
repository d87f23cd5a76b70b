package org.uglymugs.common.web;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.uglymugs.common.crypto.KeyedHash;

/**
 * The staff session cookie's name and the CSRF token derived from it (so nothing more is stored),
 * checked on every staff form POST.
 */
@ApplicationScoped
public class StaffPages {

    /** The page session cookie (HttpOnly, SameSite=Strict, path /staff). */
    public static final String COOKIE = "um_staff";

    private static final String CSRF_PURPOSE = "staff-csrf";

    private final KeyedHash hash;

    public StaffPages(KeyedHash hash) {
        this.hash = hash;
    }

    /** The CSRF token of a page session, or "" without one. */
    public String csrf(String cookieToken) {
        return cookieToken == null
                ? ""
                : Base64.getUrlEncoder().withoutPadding().encodeToString(hash.hash(CSRF_PURPOSE, cookieToken));
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
}
