package org.uglymugs.report.domain;

/**
 * Lifecycle: {@code SUBMITTED → IN_REVIEW → (NEEDS_INFO ↔ IN_REVIEW) → PUBLISHED | RECORDED | REJECTED},
 * {@code WITHDRAWN} from any state. Erasure deletes the report, so it has no stored status.
 */
public enum ReportStatus {
    SUBMITTED,
    IN_REVIEW,
    NEEDS_INFO,
    PUBLISHED,
    RECORDED,
    REJECTED,
    WITHDRAWN
}
