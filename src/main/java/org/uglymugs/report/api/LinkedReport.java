package org.uglymugs.report.api;

import java.time.OffsetDateTime;
import java.util.List;

/** Another report naming the same identifier (equal keyed hash): the repeat-perpetrator signal. */
public record LinkedReport(
        String reference,
        ReportStatus status,
        RiskLevel riskLevel,
        OffsetDateTime submittedAt,
        List<IdentifierType> sharedIdentifierTypes) {}
