package org.uglymugs.report;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.uglymugs.report.api.MessageAuthor;

/** A message between the reporter and the moderators; staff's internal notes live elsewhere. */
@Entity
@Table(name = "report_message")
class ReportMessage extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Report report;

    @Enumerated(EnumType.STRING)
    public MessageAuthor author;

    public byte[] bodySealed;

    public OffsetDateTime sentAt;
}
