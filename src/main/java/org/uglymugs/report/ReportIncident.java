package org.uglymugs.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A further incident added with the receipt: one row of the stalking/harassment log. */
@Entity
@Table(name = "report_incident")
class ReportIncident extends PanacheEntityBase {

    /** Random, never from a sequence ({@code common.persistence.RandomIds}): it tells nothing about time or order. */
    @Id
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Report report;

    /** Its place among the report's rows of this kind: the order without a global id or precise time. */
    public int ordinal;

    /** Every detail of the incident, sealed as JSON. */
    public byte[] detailsSealed;

    public OffsetDateTime addedAt;
}
