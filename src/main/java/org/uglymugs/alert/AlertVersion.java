package org.uglymugs.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.uglymugs.alert.api.AlertSeverity;
import org.uglymugs.alert.api.AlertStatus;

/** One state of an alert, kept for its history. */
@Entity
@Table(name = "alert_version")
class AlertVersion extends PanacheEntity {

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

    /** Sealed ({@link Alerts#VERSION_REASON}); the clear column is only read for rows written before V16. */
    public byte[] reasonSealed;

    @Column(name = "reason")
    public String reasonClear;

    public OffsetDateTime createdAt;
}
