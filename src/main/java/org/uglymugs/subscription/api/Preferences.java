package org.uglymugs.subscription.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.uglymugs.alert.api.AlertSeverity;
import org.uglymugs.report.api.Category;
import org.uglymugs.subscription.Cadence;

/** What a subscriber chooses: the subscription's fields without the email (the body of PUT …/me). */
public record Preferences(
        @Schema(description = "Area ids (see GET /api/v1/areas)") @NotNull @Size(min = 1, max = 50)
        Set<@NotNull @Size(max = 64) String> areas,

        @Schema(description = "Categories to receive; empty or absent means all") @Size(max = 32)
        Set<@NotNull Category> categories,

        @NotNull AlertSeverity minSeverity,

        @NotNull @Pattern(regexp = "en|nl", message = "must be en or nl")
        String language,

        @NotNull Cadence cadence,

        @Schema(description = "Neutral sender and subject, and no alert content in the mail: only a link")
        Boolean discreet,

        @Schema(description = "Who I am, for the moderators who vet new subscribers") @Size(max = 1000)
        String note) {}
