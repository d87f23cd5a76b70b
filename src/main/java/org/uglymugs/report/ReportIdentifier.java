package org.uglymugs.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.uglymugs.report.api.IdentifierType;

/** A perpetrator identifier, stored twice: sealed for staff, and as a keyed hash for matching. */
@Entity
@Table(name = "report_identifier")
class ReportIdentifier extends PanacheEntityBase {

    /** Random, never from a sequence ({@code common.persistence.RandomIds}): it tells nothing about time or order. */
    @Id
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Report report;

    /** Its place among the report's rows of this kind: the order without a global id or precise time. */
    public int ordinal;

    @Enumerated(EnumType.STRING)
    public IdentifierType type;

    /** The normalised value (and platform, for usernames), sealed as JSON. */
    public byte[] valueSealed;

    /** HMAC of {@code type|platform|normalised value}: equal identifiers have equal hashes. */
    public byte[] valueHash;
}
