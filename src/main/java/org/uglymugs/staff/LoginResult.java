package org.uglymugs.staff;

import java.time.OffsetDateTime;

/**
 * A new session: the token is shown this once. An enrolment session ({@code enrolmentRequired}) may
 * only enrol 2FA, or, once 2FA is enrolled ({@code passwordChangeRequired}), only change the password.
 */
public record LoginResult(
        String token,
        StaffSession.Kind kind,
        OffsetDateTime expiresAt,
        boolean enrolmentRequired,
        boolean passwordChangeRequired,
        long sessionId) {}
