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
import java.util.List;
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

    /** The manage and unsubscribe tokens of this generation, sealed (mails carry them; look-ups use the hashes). */
    public byte[] manageTokenSealed;

    public byte[] unsubscribeTokenSealed;

    /** The HMAC key the four hashes (address, confirmation, manage, unsubscribe) are under; null: from before V27. */
    public String hashesKeyId;

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

    /* Each look-up takes the value's hash under every configured HMAC key (HMAC key rotation). */

    static Optional<Subscriber> byEmailHash(List<byte[]> candidates) {
        return find("emailHash in ?1", candidates).firstResultOptional();
    }

    static Optional<Subscriber> byConfirmHash(List<byte[]> candidates) {
        return find("confirmTokenHash in ?1", candidates).firstResultOptional();
    }

    static Optional<Subscriber> byManageHash(List<byte[]> candidates) {
        return find("manageTokenHash in ?1", candidates).firstResultOptional();
    }

    static Optional<Subscriber> byUnsubscribeHash(List<byte[]> candidates) {
        return find("unsubscribeTokenHash in ?1", candidates).firstResultOptional();
    }
}
