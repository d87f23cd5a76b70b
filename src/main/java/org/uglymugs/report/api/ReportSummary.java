package org.uglymugs.report.api;

import java.util.Set;

/** What other features need to know about a report to act on it, without opening anything sealed. */
public record ReportSummary(
        long id,
        String reference,
        ReportStatus status,
        RiskLevel riskLevel,
        Consents consents,
        String area,
        Set<Category> categories) {}
