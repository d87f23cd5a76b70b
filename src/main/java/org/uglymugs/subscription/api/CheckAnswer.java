package org.uglymugs.subscription.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.uglymugs.alert.api.AlertSeverity;

/** A coarse answer: how many live alerts publish the identifier, never the reports behind them. */
@Schema(
        description = "Counts only live alerts (issued or updated, not retracted) that published the identifier."
                + " Alerts outside the subscriber's areas are counted in matches, latestAlertAt and"
                + " highestSeverity, but not listed in alerts.")
public record CheckAnswer(
        @Schema(description = "Live alerts that published this identifier, in any area")
        int matches,

        @Schema(description = "When the most recently issued or updated of them last changed; null without matches")
        OffsetDateTime latestAlertAt,

        @Schema(description = "The highest severity among them; null without matches")
        AlertSeverity highestSeverity,

        @Schema(
                description = "Ids of those in the subscriber's areas, newest first, to open with"
                        + " GET /api/v1/alerts/{id}; alerts outside them are counted but not listed")
        List<Long> alerts) {}
