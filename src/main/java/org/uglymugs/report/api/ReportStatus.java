package org.uglymugs.report.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A report's lifecycle, owned by this type: {@link #canMoveTo} is the one list of moves, and
 * {@code Reports.moveTo} the one way to make one.
 *
 * <pre>
 * SUBMITTED → IN_REVIEW → (NEEDS_INFO ↔ IN_REVIEW) → PUBLISHED | RECORDED | REJECTED
 * </pre>
 *
 * Besides: a moderator may decide straight from {@code SUBMITTED}, ask again while
 * {@code NEEDS_INFO}, and take a {@code RECORDED} report up again (ask, record again, publish or
 * reject); {@code PUBLISHED → RECORDED} when the reporter withdraws consent to warn others or the
 * last alert is retracted. {@code REJECTED} is final. A withdrawn consent takes effect at once and
 * has no status of its own; erasure deletes the report, so it has no stored status either.
 */
public enum ReportStatus {
    SUBMITTED,
    IN_REVIEW,
    NEEDS_INFO,
    PUBLISHED,
    RECORDED,
    REJECTED;

    private static final Set<ReportStatus> AWAITING_DECISION =
            Collections.unmodifiableSet(EnumSet.of(SUBMITTED, IN_REVIEW, NEEDS_INFO));

    /** Whether a report in this status may move to {@code next}. */
    public boolean canMoveTo(ReportStatus next) {
        if (next == null) {
            return false;
        }
        return switch (this) {
            case SUBMITTED -> next != SUBMITTED;
            case IN_REVIEW -> next == NEEDS_INFO || next.isOutcome();
            case NEEDS_INFO -> next == IN_REVIEW || next == NEEDS_INFO || next.isOutcome();
            case RECORDED -> next == NEEDS_INFO || next.isOutcome();
            case PUBLISHED -> next == RECORDED;
            case REJECTED -> false;
        };
    }

    /** A moderator may take a decision (publish, record, reject, ask): awaiting one, or recorded and still publishable. */
    public boolean isDecidable() {
        return AWAITING_DECISION.contains(this) || this == RECORDED;
    }

    /** Reports awaiting a moderator's decision: the queue's default. */
    public static Set<ReportStatus> awaitingDecision() {
        return AWAITING_DECISION;
    }

    private boolean isOutcome() {
        return this == PUBLISHED || this == RECORDED || this == REJECTED;
    }
}
