package org.uglymugs.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A staff member's account. The TOTP secret is sealed; the password is a bcrypt hash. The live
 * secret exists only once its owner confirmed it; until then a pending one, drawn for one enrolment
 * session, waits in {@link #totpPendingSealed}.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount extends PanacheEntity {

    public String username;
    public String passwordHash;
    public byte[] totpSealed;
    public boolean totpEnrolled;
    /** The last TOTP time step accepted: a code is never accepted twice. */
    public long totpLastStep;
    /** A secret drawn for one enrolment session, live only once confirmed with a code from it. */
    public byte[] totpPendingSealed;
    /** The enrolment session that may see {@link #totpPendingSealed}. */
    public Long totpPendingSession;
    /** Set at creation and by every reset: the next login may only change the password. */
    public boolean passwordChangeRequired;
    /** An initial password or a reset expires (the set-up must be finished) by this time. */
    public OffsetDateTime setupExpiresAt;
    /** Logins that started enrolment since the account was created or 2FA reset; more than one is shown to admins. */
    public int enrolmentLogins;
    /** A dev-profile demo account (published password and secret): a production start refuses to run while one exists. */
    public boolean demo;

    public boolean disabled;
    public int failedLogins;
    public OffsetDateTime lockedUntil;
    public OffsetDateTime createdAt;
    public OffsetDateTime lastLoginAt;

    /** {@link StaffRowMac}: a MAC of the security-relevant columns under a key outside the database. */
    public byte[] rowMac;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    public Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    /** For police liaison officers: the areas whose reports they may see. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_area", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "area_id")
    public Set<String> areas = new TreeSet<>();

    public static Optional<StaffAccount> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return find("lower(username) = ?1", username.strip().toLowerCase(Locale.ROOT))
                .firstResultOptional();
    }

    /** The account, locked for this transaction: parallel logins are counted and checked one at a time. */
    public static Optional<StaffAccount> findByUsernameForUpdate(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return find("lower(username) = ?1", username.strip().toLowerCase(Locale.ROOT))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Whether an initial password or reset has passed its set-up window unfinished. */
    public boolean setupExpiredAt(OffsetDateTime now) {
        return setupExpiresAt != null && !setupExpiresAt.isAfter(now);
    }

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
