package org.uglymugs.subscription;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.uglymugs.alert.api.AlertSeverity;
import org.uglymugs.report.api.Category;

/**
 * A worker who receives alerts. The email is sealed, with a keyed hash to find it; tokens exist here
 * only as keyed hashes; times are to the minute. Unsubscribing deletes the row.
 */
@Entity
@Table(name = "subscriber")
public class Subscriber extends PanacheEntityBase {

    /** Random, never from a sequence ({@code common.persistence.RandomIds}): it tells nothing about time or order. */
    @Id
    public Long id;

    public byte[] emailSealed;
    public byte[] emailHash;

    @Enumerated(EnumType.STRING)
    public SubscriberStatus status;

    @Enumerated(EnumType.STRING)
    public AlertSeverity minSeverity;

    public String language;

    @Enumerated(EnumType.STRING)
    public Cadence cadence;

    public boolean discreet;
    public byte[] noteSealed;
    public byte[] confirmTokenHash;
    public OffsetDateTime confirmExpiresAt;
    public byte[] manageTokenHash;
    public byte[] unsubscribeTokenHash;
    public long tokenGeneration;
    public OffsetDateTime createdAt;
    public OffsetDateTime confirmedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "subscriber_area", joinColumns = @JoinColumn(name = "subscriber_id"))
    @Column(name = "area_id")
    public Set<String> areas = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "subscriber_category", joinColumns = @JoinColumn(name = "subscriber_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    public Set<Category> categories = EnumSet.noneOf(Category.class);

    static Optional<Subscriber> byEmailHash(byte[] hash) {
        return find("emailHash", hash).firstResultOptional();
    }

    static Optional<Subscriber> byConfirmHash(byte[] hash) {
        return find("confirmTokenHash", hash).firstResultOptional();
    }

    static Optional<Subscriber> byManageHash(byte[] hash) {
        return find("manageTokenHash", hash).firstResultOptional();
    }

    static Optional<Subscriber> byUnsubscribeHash(byte[] hash) {
        return find("unsubscribeTokenHash", hash).firstResultOptional();
    }
}
