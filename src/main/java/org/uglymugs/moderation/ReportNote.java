package org.uglymugs.moderation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** A moderator's internal note on a report: never shown to reporters or police. Sealed. */
@Entity
@Table(name = "report_note")
class ReportNote extends PanacheEntityBase {

    /** Random ({@code RandomIds}); the note's body is sealed bound to it. */
    @Id
    public Long id;

    public long reportId;
    public String author;
    public byte[] bodySealed;
    public OffsetDateTime writtenAt;

    static List<ReportNote> forReport(long reportId) {
        return list("reportId = ?1 order by writtenAt, id", reportId);
    }
}
