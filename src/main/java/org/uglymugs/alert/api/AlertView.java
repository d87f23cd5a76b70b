package org.uglymugs.alert.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.uglymugs.report.api.Category;

/** An alert with its history, as moderators see it. */
public record AlertView(
        long id,
        String reportReference,
        AlertStatus status,
        int version,
        AlertSeverity severity,
        Set<String> areas,
        Set<Category> categories,
        AlertContent content,
        OffsetDateTime issuedAt,
        OffsetDateTime updatedAt,
        OffsetDateTime retractedAt,
        String retractionReason,
        List<Version> history) {

    public record Version(
            int version,
            AlertStatus status,
            AlertSeverity severity,
            String title,
            String actor,
            String reason,
            OffsetDateTime at) {}
}
