package org.uglymugs.staff;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new initial password set by an admin; its owner must change it at next login. */
public record PasswordReset(
        @Schema(description = "At least 12 characters; must be changed at next login")
        @NotNull
        @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH)
        String password) {}
