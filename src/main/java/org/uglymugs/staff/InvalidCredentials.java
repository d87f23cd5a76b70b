package org.uglymugs.staff;

import org.uglymugs.common.error.ProblemException;

/** One answer for every failed login, so it never tells which part was wrong or that an account is locked. */
public class InvalidCredentials extends ProblemException {

    private InvalidCredentials() {
        super(
                401,
                "invalid-credentials",
                "Login failed",
                "Wrong username, password or code, or the account is locked or disabled.");
    }

    public static InvalidCredentials any() {
        return new InvalidCredentials();
    }
}
