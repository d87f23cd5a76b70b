package org.uglymugs.staff;

import java.time.OffsetDateTime;

/** A new session: the token is shown this once. An enrolment session may only enrol 2FA. */
public record LoginResult(String token, StaffSession.Kind kind, OffsetDateTime expiresAt, boolean enrolmentRequired) {}
