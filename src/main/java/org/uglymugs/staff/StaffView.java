package org.uglymugs.staff;

import java.time.OffsetDateTime;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff account as admins see it (never its password or TOTP secret). */
public record StaffView(
        long id,
        String username,
        Set<StaffRole> roles,
        Set<String> areas,
        boolean totpEnrolled,
        boolean disabled,
        boolean locked,
        OffsetDateTime createdAt,
        OffsetDateTime lastLoginAt,

        @Schema(description = "The next login may only change the password (first login, or after a reset)")
        boolean passwordChangeRequired,

        @Schema(description = "More than one login started 2FA enrolment since creation or the last 2FA reset")
        boolean repeatedEnrolment) {}
