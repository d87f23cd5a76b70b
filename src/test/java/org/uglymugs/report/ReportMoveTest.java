package org.uglymugs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.uglymugs.report.api.ReportStatus;

/** The one place a status is written refuses an illegal move and leaves the report as it was. */
class ReportMoveTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:15:42.123Z"), ZoneOffset.UTC);

    @Test
    void aLegalMoveSetsTheStatusAndTheTimeToTheMinute() {
        Report report = new Report();
        report.status = ReportStatus.NEEDS_INFO;
        report.moveTo(ReportStatus.IN_REVIEW, clock);
        assertEquals(ReportStatus.IN_REVIEW, report.status);
        assertEquals(OffsetDateTime.parse("2026-03-01T10:15Z"), report.updatedAt);
    }

    @Test
    void anIllegalMoveIsA409AndChangesNothing() {
        Report report = new Report();
        report.status = ReportStatus.REJECTED;
        StatusConflict refused = assertThrows(StatusConflict.class, () -> report.moveTo(ReportStatus.IN_REVIEW, clock));
        assertEquals(409, refused.problem().status());
        assertEquals("urn:uglymugs:problem:status-conflict", refused.problem().type());
        assertEquals(ReportStatus.REJECTED, report.status);
        assertNull(report.updatedAt);
    }
}
