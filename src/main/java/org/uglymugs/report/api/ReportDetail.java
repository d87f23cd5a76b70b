package org.uglymugs.report.api;

import java.time.OffsetDateTime;
import java.util.List;

/** The whole report, opened for a moderator. Never sent to reporters, subscribers or police as is. */
public record ReportDetail(
        String reference,
        ReportStatus status,
        RiskLevel riskLevel,
        List<Category> categories,
        OccurredAt occurredAt,
        String area,
        Setting setting,
        String locationText,
        String account,
        PerpetratorDescription description,
        List<IdentifierView> identifiers,
        RiskAnswers risk,
        Consents consents,
        ContactDetails contact,
        String language,
        OffsetDateTime submittedAt,
        OffsetDateTime updatedAt,
        List<IncidentView> incidents,
        List<MessageView> messages,
        List<LinkedReport> linkedReports) {}
