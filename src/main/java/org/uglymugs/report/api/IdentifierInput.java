package org.uglymugs.report.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something that names the perpetrator: a phone number, email, username, plate, name or URL. */
public record IdentifierInput(
        @NotNull IdentifierType type,
        @NotBlank @Size(max = Limits.IDENTIFIER) String value,

        @Schema(description = "The site or app, required for USERNAME") @Size(max = 50)
        String platform) {}
