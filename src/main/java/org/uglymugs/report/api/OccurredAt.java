package org.uglymugs.report.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When it happened: a date, and optionally an approximate time window. */
public record OccurredAt(
        @NotNull LocalDate date,

        @Schema(description = "Start of the approximate time window")
        LocalTime from,

        @Schema(description = "End of the approximate time window; may be after midnight")
        LocalTime to) {}
