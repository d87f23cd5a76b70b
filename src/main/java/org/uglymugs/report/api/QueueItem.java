package org.uglymugs.report.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A line of the moderators' queue: nothing sealed, just enough to choose what to open. */
public record QueueItem(
        String reference,
        ReportStatus status,
        RiskLevel riskLevel,
        List<Category> categories,
        String area,
        Setting setting,
        LocalDate occurredOn,
        OffsetDateTime submittedAt,
        long linkedReports) {}
