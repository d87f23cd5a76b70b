package org.uglymugs.report.service;

import java.util.Set;
import org.uglymugs.report.api.Consents;
import org.uglymugs.report.domain.Category;
import org.uglymugs.report.domain.ReportStatus;
import org.uglymugs.report.domain.RiskLevel;

/** What other features need to know about a report to act on it, without opening anything sealed. */
public record ReportSummary(
        long id,
        String reference,
        ReportStatus status,
        RiskLevel riskLevel,
        Consents consents,
        String area,
        Set<Category> categories) {}
