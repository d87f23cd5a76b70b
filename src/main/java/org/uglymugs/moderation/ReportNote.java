package org.uglymugs.moderation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** A moderator's internal note on a report: never shown to reporters or police. Sealed. */
@Entity
@Table(name = "report_note")
class ReportNote extends PanacheEntity {

    public long reportId;
    public String author;
    public byte[] bodySealed;
    public OffsetDateTime writtenAt;

    static List<ReportNote> forReport(long reportId) {
        return list("reportId = ?1 order by id", reportId);
    }
}
