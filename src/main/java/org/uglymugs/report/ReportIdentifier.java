package org.uglymugs.report;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.uglymugs.report.api.IdentifierType;

/** A perpetrator identifier, stored twice: sealed for staff, and as a keyed hash for matching. */
@Entity
@Table(name = "report_identifier")
class ReportIdentifier extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Report report;

    @Enumerated(EnumType.STRING)
    public IdentifierType type;

    /** The normalised value (and platform, for usernames), sealed as JSON. */
    public byte[] valueSealed;

    /** HMAC of {@code type|platform|normalised value}: equal identifiers have equal hashes. */
    public byte[] valueHash;
}
