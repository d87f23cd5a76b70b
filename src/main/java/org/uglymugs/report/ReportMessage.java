package org.uglymugs.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.uglymugs.report.api.MessageAuthor;

/** A message between the reporter and the moderators; staff's internal notes live elsewhere. */
@Entity
@Table(name = "report_message")
class ReportMessage extends PanacheEntityBase {

    /** Random, never from a sequence ({@code common.persistence.RandomIds}): it tells nothing about time or order. */
    @Id
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Report report;

    /** Its place among the report's rows of this kind: the order without a global id or precise time. */
    public int ordinal;

    @Enumerated(EnumType.STRING)
    public MessageAuthor author;

    public byte[] bodySealed;

    public OffsetDateTime sentAt;
}
