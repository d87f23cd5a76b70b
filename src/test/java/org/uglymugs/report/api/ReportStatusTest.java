package org.uglymugs.report.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The report lifecycle as a table: every (from, to) pair, allowed or not. */
class ReportStatusTest {

    private static final Map<ReportStatus, Set<ReportStatus>> ALLOWED = Map.of(
            ReportStatus.SUBMITTED,
            EnumSet.of(
                    ReportStatus.IN_REVIEW,
                    ReportStatus.NEEDS_INFO,
                    ReportStatus.PUBLISHED,
                    ReportStatus.RECORDED,
                    ReportStatus.REJECTED),
            ReportStatus.IN_REVIEW,
            EnumSet.of(ReportStatus.NEEDS_INFO, ReportStatus.PUBLISHED, ReportStatus.RECORDED, ReportStatus.REJECTED),
            ReportStatus.NEEDS_INFO,
            EnumSet.of(
                    ReportStatus.IN_REVIEW,
                    ReportStatus.NEEDS_INFO,
                    ReportStatus.PUBLISHED,
                    ReportStatus.RECORDED,
                    ReportStatus.REJECTED),
            ReportStatus.PUBLISHED,
            EnumSet.of(ReportStatus.RECORDED),
            ReportStatus.RECORDED,
            EnumSet.of(ReportStatus.NEEDS_INFO, ReportStatus.PUBLISHED, ReportStatus.RECORDED, ReportStatus.REJECTED),
            ReportStatus.REJECTED,
            EnumSet.noneOf(ReportStatus.class));

    static Stream<Arguments> pairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (ReportStatus from : ReportStatus.values()) {
            for (ReportStatus to : ReportStatus.values()) {
                pairs.add(Arguments.of(from, to, ALLOWED.get(from).contains(to)));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("pairs")
    void everyPair(ReportStatus from, ReportStatus to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
    }

    @Test
    void theTableCoversEveryStatus() {
        assertEquals(EnumSet.allOf(ReportStatus.class), ALLOWED.keySet());
    }

    @Test
    void nothingMovesToNull() {
        for (ReportStatus from : ReportStatus.values()) {
            assertFalse(from.canMoveTo(null));
        }
    }

    /** Whatever a moderator decides on a decidable report is a legal move. */
    @Test
    void everyDecisionOnADecidableReportIsALegalMove() {
        Set<ReportStatus> decisions = EnumSet.of(
                ReportStatus.PUBLISHED, ReportStatus.RECORDED, ReportStatus.REJECTED, ReportStatus.NEEDS_INFO);
        for (ReportStatus from : ReportStatus.values()) {
            if (from.isDecidable()) {
                for (ReportStatus to : decisions) {
                    assertTrue(from.canMoveTo(to), from + " -> " + to);
                }
            }
        }
        assertEquals(
                EnumSet.of(
                        ReportStatus.SUBMITTED, ReportStatus.IN_REVIEW, ReportStatus.NEEDS_INFO, ReportStatus.RECORDED),
                EnumSet.copyOf(Stream.of(ReportStatus.values())
                        .filter(ReportStatus::isDecidable)
                        .toList()));
    }
}
