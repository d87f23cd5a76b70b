package org.uglymugs.report.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Each consent given separately, each withdrawable at any time. */
public record Consents(
        @Schema(description = "Warn other workers with a redacted alert") @NotNull
        Boolean alertOthers,

        @Schema(description = "Share the perpetrator's details with police, anonymously") @NotNull
        Boolean policeIntel,

        @Schema(description = "Let police contact me") @NotNull
        Boolean policeContactMe,

        @Schema(description = "Let a caseworker contact me for support") @NotNull
        Boolean supportContactMe,

        @Schema(description = "Use this report, anonymised, for research") @NotNull
        Boolean research) {

    public boolean needsContact() {
        return Boolean.TRUE.equals(policeContactMe) || Boolean.TRUE.equals(supportContactMe);
    }
}
