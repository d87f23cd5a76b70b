package org.uglymugs.alert;

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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.uglymugs.alert.api.AlertSeverity;
import org.uglymugs.alert.api.AlertStatus;
import org.uglymugs.report.api.Category;

/** The current state of an alert; every state it has had is an {@link AlertVersion}. */
@Entity
@Table(name = "alert")
class Alert extends PanacheEntityBase {

    /**
     * From {@code alert_seq}, drawn before the content is sealed (it is bound to this id). Alerts are
     * staff rows: their order is no secret, and lists break ties by it.
     */
    @Id
    public Long id;

    public long reportId;

    @Enumerated(EnumType.STRING)
    public AlertStatus status;

    /** The number of the published version (1, 2, ...), kept with every {@link AlertVersion}. */
    public int version;

    /** Optimistic lock (V16): a change that lost a race answers 409 instead of overwriting. */
    @Version
    @Column(name = "lock_version")
    public long lockVersion;

    @Enumerated(EnumType.STRING)
    public AlertSeverity severity;

    public byte[] contentSealed;
    public OffsetDateTime issuedAt;
    public OffsetDateTime updatedAt;
    public OffsetDateTime retractedAt;

    /** Sealed ({@link AlertViews#reasonCell(Alert)}); the clear column is only read for rows written before V16. */
    public byte[] retractionReasonSealed;

    @Column(name = "retraction_reason")
    public String retractionReasonClear;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "alert_area", joinColumns = @JoinColumn(name = "alert_id"))
    @Column(name = "area_id")
    public Set<String> areas = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "alert_category", joinColumns = @JoinColumn(name = "alert_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    public Set<Category> categories = EnumSet.noneOf(Category.class);

    @ElementCollection
    @CollectionTable(name = "alert_identifier", joinColumns = @JoinColumn(name = "alert_id"))
    public Set<AlertIdentifierHash> identifierHashes = new HashSet<>();

    /** The HMAC key {@link #identifierHashes} are under (HMAC key rotation re-hashes them by SQL). */
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    public String identifiersKeyId;

    @OneToMany(mappedBy = "alert", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("version")
    public List<AlertVersion> versions = new ArrayList<>();

    static List<Alert> forReport(long reportId) {
        return list("reportId = ?1 order by id", reportId);
    }

    /** The next id from {@code alert_seq} (any step size: only growing and unique matters). */
    static long nextId() {
        return ((Number) getEntityManager()
                        .createNativeQuery("select nextval('alert_seq')")
                        .getSingleResult())
                .longValue();
    }
}
