package org.uglymugs.report.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.uglymugs.report.domain.Category;
import org.uglymugs.report.domain.ReportStatus;

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
