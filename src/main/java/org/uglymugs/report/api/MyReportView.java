package org.uglymugs.report.api;

import java.time.OffsetDateTime;
import java.util.List;

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
        OffsetDateTime lastUpdate) {}
