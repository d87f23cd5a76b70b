package org.uglymugs.alert.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.uglymugs.alert.api.AlertContent.PublishedIdentifier;
import org.uglymugs.report.api.Category;

/**
 * One version of an alert as subscribers may read it: only what the alert publishes, never who
 * reported it, which report it came from, who moderated it or why it was retracted.
 */
public record PublishedAlert(
        long id,
        int version,
        AlertStatus status,
        AlertSeverity severity,
        Set<String> areas,
        Set<Category> categories,
        String title,
        String summary,
        String perpetratorDescription,
        List<PublishedIdentifier> identifiers,
        OffsetDateTime issuedAt,
        OffsetDateTime changedAt) {

    public boolean retracted() {
        return status == AlertStatus.RETRACTED;
    }
}
