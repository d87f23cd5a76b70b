package org.uglymugs.report.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.uglymugs.report.domain.IdentifierType;
import org.uglymugs.report.domain.ReportStatus;
import org.uglymugs.report.domain.RiskLevel;

/** Another report naming the same identifier (equal keyed hash): the repeat-perpetrator signal. */
public record LinkedReport(
        String reference,
        ReportStatus status,
        RiskLevel riskLevel,
        OffsetDateTime submittedAt,
        List<IdentifierType> sharedIdentifierTypes) {}
