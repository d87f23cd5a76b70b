package org.uglymugs.report.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.uglymugs.report.domain.Category;
import org.uglymugs.report.domain.ReportStatus;
import org.uglymugs.report.domain.RiskLevel;
import org.uglymugs.report.domain.Setting;

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
