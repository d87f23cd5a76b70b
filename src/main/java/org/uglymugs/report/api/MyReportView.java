package org.uglymugs.report.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reporter sees with their receipt. Never staff's internal notes. */
public record MyReportView(
        String reference,
        ReportStatus status,
        List<Category> categories,
        Consents consents,
        boolean contactHeld,
        List<IncidentView> incidents,
        List<MessageView> messages,
        OffsetDateTime submittedAt,
        OffsetDateTime lastUpdate,
        // For the /my-report page only: what is published about the report (never in the API body).
        @JsonIgnore @Schema(hidden = true) List<PublishedText> published) {}
