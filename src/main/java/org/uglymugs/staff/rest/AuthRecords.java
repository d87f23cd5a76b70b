package org.uglymugs.staff.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the staff authentication API. */
public final class AuthRecords {

    private AuthRecords() {}

    public record TokenRequest(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 128) String password,

            @Schema(description = "The 6-digit code from the authenticator app; omitted before 2FA is enrolled")
            @Size(max = 10)
            String totp) {}

    public record TokenResponse(
            String token,
            String tokenType,
            OffsetDateTime expiresAt,

            @Schema(
                    description = "True when this token may only enrol 2FA (GET/POST /api/v1/auth/enrolment), "
                            + "or, with passwordChangeRequired, only change the password (POST /api/v1/auth/password)")
            boolean enrolmentRequired,

            @Schema(description = "True when this token may only change the password (first login, or after a reset)")
            boolean passwordChangeRequired) {}

    public record EnrolmentView(String username, String secret, String otpauthUri, String qrCodePath) {}

    public record EnrolmentConfirmation(
            @NotBlank @Size(max = 10) String totp) {}

    public record PasswordChange(
            @NotBlank @Size(max = 128) String currentPassword,

            @Schema(description = "At least 12 characters; not the username, not the current password")
            @NotBlank
            @Size(max = 128)
            String newPassword,

            @Schema(description = "A code from the authenticator app") @NotBlank @Size(max = 10)
            String totp) {}

    public record Me(String username, Set<String> roles, Set<String> areas) {}
}
