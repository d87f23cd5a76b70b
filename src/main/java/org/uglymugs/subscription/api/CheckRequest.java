package org.uglymugs.subscription.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.uglymugs.report.api.IdentifierType;
import org.uglymugs.report.api.Limits;

/** What a subscriber checks before a booking. The value is never stored, logged or audited. */
public record CheckRequest(
        @NotNull IdentifierType type,

        @Schema(description = "Written any way: normalised exactly as at intake (07911 123456 = +44 7911 123456)")
        @NotBlank
        @Size(max = Limits.IDENTIFIER)
        String value,

        @Schema(description = "The site or app, required for USERNAME") @Size(max = 50)
        String platform) {}
