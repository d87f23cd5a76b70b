package org.uglymugs.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.OptimisticLock;
import org.uglymugs.common.time.Minutes;
import org.uglymugs.report.api.Category;
import org.uglymugs.report.api.ReportStatus;
import org.uglymugs.report.api.RiskLevel;
import org.uglymugs.report.api.Setting;

/**
 * One anonymous report. Everything that could identify anyone is sealed ({@code *Sealed} columns,
 * AES-GCM); the reporter is known only by the keyed hash of their receipt.
 */
@Entity
@Table(name = "report")
class Report extends PanacheEntityBase {

    /** Random, never from a sequence ({@code common.persistence.RandomIds}): it tells nothing about time or order. */
    @Id
    public Long id;

    public String reference;

    /**
     * The receipt's keyed hash and the HMAC key it is under; re-hashed under a new key when used, which
     * is no change anyone else could conflict with, so it does not move {@link #version}.
     */
    @OptimisticLock(excluded = true)
    public byte[] receiptHash;

    @OptimisticLock(excluded = true)
    public String receiptKeyId;

    /** The HMAC key the identifiers' hashes are under (HMAC key rotation re-hashes them by SQL). */
    @OptimisticLock(excluded = true)
    public String identifiersKeyId;

    /** Concurrent writers (the reporter, a moderator) cannot silently undo each other's changes. */
    @Version
    public long version;

    @Enumerated(EnumType.STRING)
    public ReportStatus status;

    @Enumerated(EnumType.STRING)
    public RiskLevel riskLevel;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_category", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    public Set<Category> categories = EnumSet.noneOf(Category.class);

    /** When it happened ({@code OccurredAt}: date and time window), sealed: display only, never queried. */
    public byte[] occurredSealed;

    public String area;

    @Enumerated(EnumType.STRING)
    public Setting setting;

    public byte[] accountSealed;
    public byte[] locationSealed;
    public byte[] descriptionSealed;
    public byte[] riskSealed;
    public byte[] contactSealed;
    /** The moderator's summary and grading for police ({@code Intelligence}), sealed. */
    public byte[] intelSealed;

    public boolean consentAlertOthers;
    public boolean consentPoliceIntel;
    public boolean consentPoliceContactMe;
    public boolean consentSupportContactMe;
    public boolean consentResearch;

    public String language;
    public OffsetDateTime submittedAt;
    public OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    public List<ReportIdentifier> identifiers = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    public List<ReportIncident> incidents = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    public List<ReportMessage> messages = new ArrayList<>();

    /** The report whose receipt hash is any of these (the receipt's hash under every configured key). */
    static Optional<Report> findByReceiptHash(List<byte[]> candidates) {
        return find("receiptHash in ?1", candidates).firstResultOptional();
    }

    static Optional<Report> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    /** The one place a status is written: refuses what {@link ReportStatus#canMoveTo} does not allow. */
    void moveTo(ReportStatus next, Clock clock) {
        if (!status.canMoveTo(next)) {
            throw StatusConflict.illegalMove(status, next);
        }
        status = next;
        touch(clock);
    }

    /** Minutes only, like {@code submittedAt}: the reporter's own changes set it too. */
    void touch(Clock clock) {
        updatedAt = Minutes.now(clock);
    }
}
