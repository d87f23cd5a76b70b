package org.uglymugs.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A signed-in staff member: an API bearer token, a page session (cookie), or an enrolment-only session. */
@Entity
@Table(name = "staff_session")
public class StaffSession extends PanacheEntity {

    public enum Kind {
        API,
        PAGE,
        ENROLMENT
    }

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    public StaffAccount staff;

    public byte[] tokenHash;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public OffsetDateTime createdAt;
    public OffsetDateTime lastSeenAt;
    public OffsetDateTime expiresAt;
}
