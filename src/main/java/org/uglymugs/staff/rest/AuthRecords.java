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

            @Schema(description = "True when this token may only enrol 2FA (GET/POST /api/v1/auth/enrolment)")
            boolean enrolmentRequired) {}

    public record EnrolmentView(String username, String secret, String otpauthUri, String qrCodePath) {}

    public record EnrolmentConfirmation(
            @NotBlank @Size(max = 10) String totp) {}

    public record Me(String username, Set<String> roles, Set<String> areas) {}
}
