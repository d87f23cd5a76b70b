package org.uglymugs.report.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole new set of consents, effective at once. */
public record ConsentChange(
        @NotNull @Valid Consents consents,

        @Schema(
                description =
                        "New contact details; when no remaining consent needs contact, the stored contact is deleted")
        @Valid
        ContactDetails contact) {}
