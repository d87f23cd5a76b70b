package org.uglymugs.staff.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer token or session cookie presented by a staff client. */
public class StaffTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public StaffTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
