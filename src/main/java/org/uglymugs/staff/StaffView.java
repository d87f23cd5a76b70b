package org.uglymugs.staff;

import java.time.OffsetDateTime;
import java.util.Set;

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
        OffsetDateTime lastLoginAt) {}
