package org.uglymugs.staff.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.uglymugs.common.error.InputChecks;
import org.uglymugs.common.security.CurrentStaff;
import org.uglymugs.common.security.StaffPrincipal;
import org.uglymugs.staff.LoginResult;
import org.uglymugs.staff.StaffAuthService;
import org.uglymugs.staff.StaffEnrolment;
import org.uglymugs.staff.StaffRole;
import org.uglymugs.staff.StaffSession;

/** Bearer tokens for staff API clients, and 2FA enrolment. */
@Path("/api/v1/auth")
@Tag(name = "Staff authentication")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final StaffAuthService auth;
    private final StaffEnrolment enrolments;
    private final CurrentStaff current;

    public AuthResource(StaffAuthService auth, StaffEnrolment enrolments, CurrentStaff current) {
        this.auth = auth;
        this.enrolments = enrolments;
        this.current = current;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/token")
    @Operation(summary = "Log in with username, password and TOTP code; get a short-lived bearer token")
    @APIResponse(
            responseCode = "200",
            description = "A bearer token",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AuthRecords.TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Login failed (the same answer whatever was wrong)")
    public AuthRecords.TokenResponse token(
            @Valid @NotNull(message = InputChecks.BODY_REQUIRED) AuthRecords.TokenRequest request) {
        LoginResult result = auth.login(request.username(), request.password(), request.totp(), StaffSession.Kind.API);
        return new AuthRecords.TokenResponse(
                result.token(),
                "Bearer",
                result.expiresAt(),
                result.enrolmentRequired(),
                result.passwordChangeRequired());
    }

    @DELETE
    @Path("/token")
    @Authenticated
    @Operation(summary = "Log out: the token stops working at once")
    @APIResponse(responseCode = "204", description = "Logged out")
    public void logout() {
        auth.logout(current.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/password")
    @Authenticated
    @Operation(
            summary = "Change your own password (current password and a code); every session of the account ends, "
                    + "log in again with the new one")
    @APIResponse(responseCode = "204", description = "Password changed; this token has ended")
    @APIResponse(responseCode = "400", description = "Wrong current password or code, or an unusable new password")
    @APIResponse(responseCode = "409", description = "2FA must be enrolled first")
    public void changePassword(@Valid @NotNull(message = InputChecks.BODY_REQUIRED) AuthRecords.PasswordChange change) {
        auth.changePassword(current.get(), change.currentPassword(), change.newPassword(), change.totp());
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "Who this token belongs to")
    public AuthRecords.Me me() {
        StaffPrincipal p = current.get();
        return new AuthRecords.Me(p.username(), p.roles(), p.areas());
    }

    @GET
    @Path("/enrolment")
    @RolesAllowed(StaffRole.ENROLMENT)
    @Operation(
            summary = "The otpauth:// URI (and QR code) to enrol 2FA: a secret drawn for this session only, "
                    + "live once confirmed")
    @APIResponse(responseCode = "409", description = "A later enrolment login replaced this session's secret")
    public AuthRecords.EnrolmentView enrolment() {
        StaffEnrolment.Enrolment e = enrolments.enrolment(current.get());
        return new AuthRecords.EnrolmentView(e.username(), e.secret(), e.otpauthUri(), "/api/v1/auth/enrolment/qr.png");
    }

    @GET
    @Path("/enrolment/qr.png")
    @Produces("image/png")
    @RolesAllowed(StaffRole.ENROLMENT)
    @Operation(summary = "The enrolment QR code")
    public byte[] enrolmentQr() {
        return enrolments.enrolmentQr(current.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/enrolment")
    @RolesAllowed(StaffRole.ENROLMENT)
    @Operation(summary = "Confirm 2FA with a first code; then log in again with password and code")
    @APIResponse(responseCode = "204", description = "2FA enrolled; this enrolment token has ended")
    @APIResponse(responseCode = "400", description = "Wrong code")
    @APIResponse(responseCode = "409", description = "A later enrolment login replaced this session's secret")
    public void enrol(
            @Valid @NotNull(message = InputChecks.BODY_REQUIRED) AuthRecords.EnrolmentConfirmation confirmation) {
        enrolments.enrol(current.get(), confirmation.totp());
    }
}
