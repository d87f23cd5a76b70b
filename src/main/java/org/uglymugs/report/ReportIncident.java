package org.uglymugs.report;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A further incident added with the receipt: one row of the stalking/harassment log. */
@Entity
@Table(name = "report_incident")
class ReportIncident extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Report report;

    /** Every detail of the incident, sealed as JSON. */
    public byte[] detailsSealed;

    public OffsetDateTime addedAt;
}
