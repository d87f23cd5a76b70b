package org.uglymugs.moderation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Which moderator is working on a report. */
@Entity
@Table(name = "report_claim")
class ReportClaim extends PanacheEntityBase {

    @Id
    public long reportId;

    public String claimedBy;
    public OffsetDateTime claimedAt;
}
