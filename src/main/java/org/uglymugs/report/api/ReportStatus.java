package org.uglymugs.report.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

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
    WITHDRAWN;

    private static final Set<ReportStatus> AWAITING_DECISION =
            Collections.unmodifiableSet(EnumSet.of(SUBMITTED, IN_REVIEW, NEEDS_INFO));

    /** Reports awaiting a moderator's decision: the queue's default. */
    public static Set<ReportStatus> awaitingDecision() {
        return AWAITING_DECISION;
    }
}
