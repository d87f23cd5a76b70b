package org.uglymugs.alert.api;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A live alert that publishes a checked identifier: only what the check's answer is made of, never
 * the alert's content or anything about its report.
 */
public record IdentifierMatch(long alertId, AlertSeverity severity, OffsetDateTime changedAt, Set<String> areas) {}
