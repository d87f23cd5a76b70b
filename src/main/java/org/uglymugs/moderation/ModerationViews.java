package org.uglymugs.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.uglymugs.alert.api.AlertView;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.moderation.ModerationRecords.Claim;
import org.uglymugs.moderation.ModerationRecords.ModerationView;
import org.uglymugs.moderation.ModerationRecords.NoteView;
import org.uglymugs.report.api.Intelligence;
import org.uglymugs.report.api.ReportDetail;

/** The moderation feature's one mapper: claims and notes (opening the sealed body) to records. */
@ApplicationScoped
class ModerationViews {

    /** Encryption context of a note's sealed body. */
    private static final String NOTE = "report_note.body";

    private final FieldCipher cipher;

    ModerationViews(FieldCipher cipher) {
        this.cipher = cipher;
    }

    ModerationView view(
            ReportDetail report,
            List<ReportNote> notes,
            ReportClaim claim,
            List<AlertView> alerts,
            Intelligence intelligence,
            boolean contactAvailable) {
        return new ModerationView(
                report, notes.stream().map(this::note).toList(), claim(claim), alerts, intelligence, contactAvailable);
    }

    Claim claim(ReportClaim claim) {
        return claim == null ? null : new Claim(claim.claimedBy, claim.claimedAt);
    }

    NoteView note(ReportNote note) {
        return new NoteView(note.author, cipher.open(note.bodySealed, NOTE), note.writtenAt);
    }

    byte[] sealNote(String body) {
        return cipher.seal(body, NOTE);
    }
}
