package org.uglymugs.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.uglymugs.alert.api.AlertView;
import org.uglymugs.common.crypto.Cell;
import org.uglymugs.common.persistence.RandomIds;
import org.uglymugs.moderation.ModerationRecords.Claim;
import org.uglymugs.moderation.ModerationRecords.ModerationView;
import org.uglymugs.moderation.ModerationRecords.NoteView;
import org.uglymugs.report.Reports;
import org.uglymugs.report.api.Intelligence;
import org.uglymugs.report.api.ReportDetail;
import org.uglymugs.report.api.ReportSummary;

/** The moderation feature's one mapper: claims and notes (opening the sealed body) to records. */
@ApplicationScoped
class ModerationViews {

    private final Reports reports;
    private final RandomIds ids;

    ModerationViews(Reports reports, RandomIds ids) {
        this.reports = reports;
        this.ids = ids;
    }

    ModerationView view(
            ReportSummary summary,
            ReportDetail report,
            List<ReportNote> notes,
            ReportClaim claim,
            List<AlertView> alerts,
            Intelligence intelligence,
            boolean contactAvailable) {
        return new ModerationView(
                report,
                notes.stream().map(n -> note(summary, n)).toList(),
                claim(claim),
                alerts,
                intelligence,
                contactAvailable);
    }

    Claim claim(ReportClaim claim) {
        return claim == null ? null : new Claim(claim.claimedBy, claim.claimedAt);
    }

    NoteView note(ReportSummary report, ReportNote note) {
        return new NoteView(note.author, reports.open(report, cell(note), note.bodySealed), note.writtenAt);
    }

    /**
     * Gives a new note its (random) id and seals its body under the report's own data key, bound to
     * the note's row: erasing the report shreds its notes too.
     */
    byte[] sealNote(ReportSummary report, ReportNote note, String body) {
        if (note.id == null) {
            note.id = ids.next("report_note");
        }
        return reports.seal(report, cell(note), body);
    }

    private static Cell cell(ReportNote note) {
        return Cell.of("report_note", "body_sealed", note.id);
    }
}
