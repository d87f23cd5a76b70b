package org.uglymugs.liaison;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** "Consent was withdrawn for reference X; delete local copies": to one officer, the reference only. */
@Entity
@Table(name = "liaison_notice")
class LiaisonNotice extends PanacheEntity {

    public long staffId;
    public String username;
    public String reference;

    @Enumerated(EnumType.STRING)
    public NoticeReason reason;

    /** To the minute: the reporter's own action sets it off. */
    public OffsetDateTime createdAt;

    public OffsetDateTime acknowledgedAt;
}
