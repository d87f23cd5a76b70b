package org.uglymugs.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.uglymugs.alert.api.AlertSeverity;
import org.uglymugs.alert.api.AlertStatus;

/** One state of an alert, kept for its history. */
@Entity
@Table(name = "alert_version")
class AlertVersion extends PanacheEntityBase {

    /** Random, never from a sequence ({@code common.persistence.RandomIds}): it tells nothing about time or order. */
    @Id
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Alert alert;

    public int version;

    @Enumerated(EnumType.STRING)
    public AlertStatus status;

    @Enumerated(EnumType.STRING)
    public AlertSeverity severity;

    public byte[] contentSealed;
    public String areas;
    public String categories;
    public String actor;

    /** Sealed ({@link AlertViews#reasonCell(AlertVersion)}); the clear column is only read for rows written before V16. */
    public byte[] reasonSealed;

    @Column(name = "reason")
    public String reasonClear;

    public OffsetDateTime createdAt;
}
