package org.uglymugs.staff;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new staff account as an admin asks for it. */
public record NewStaff(
        @NotNull @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "3 to 64 of a-z, 0-9, dot, dash, underscore")
        String username,

        @Schema(description = "Initial password, at least 12 characters; 2FA is enrolled at first login")
        @NotNull
        @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH)
        String password,

        @NotEmpty Set<@NotNull StaffRole> roles,

        @Schema(description = "Areas a police liaison officer is scoped to")
        Set<@NotNull @Size(max = 64) String> areas) {}
