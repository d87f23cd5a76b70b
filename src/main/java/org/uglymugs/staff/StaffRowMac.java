package org.uglymugs.staff;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.uglymugs.common.crypto.KeyedHash;

/**
 * A MAC over the security-relevant columns of a staff account, under the HMAC key outside the
 * database: a row inserted or changed by SQL (a minted moderator, a role added, a TOTP secret
 * copied from another row) has no valid MAC, and login and every session resolve refuse it. Only
 * the application, holding the key, makes valid staff rows.
 *
 * <p>Whoever changes one of these columns calls {@link #seal} afterwards, in the same transaction.
 * Adding a column to the MAC is one line in {@link #fields}.
 */
@ApplicationScoped
public class StaffRowMac {

    private static final String PURPOSE = "staff-row";

    private final KeyedHash hash;

    public StaffRowMac(KeyedHash hash) {
        this.hash = hash;
    }

    /** The columns the MAC covers, in a fixed order. */
    private static List<Object> fields(StaffAccount s) {
        return Arrays.asList(
                s.id,
                s.username,
                s.passwordHash,
                s.roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                s.totpEnrolled,
                s.totpSealed == null ? null : Base64.getEncoder().encodeToString(s.totpSealed),
                s.totpPendingSealed == null ? null : Base64.getEncoder().encodeToString(s.totpPendingSealed),
                s.totpPendingSession,
                s.passwordChangeRequired,
                // Whole seconds: the database keeps microseconds and its own offset.
                s.setupExpiresAt == null ? null : s.setupExpiresAt.toEpochSecond(),
                s.demo,
                s.disabled);
    }

    /** Sets the row's MAC; the row needs its id (call after persist). */
    public void seal(StaffAccount staff) {
        staff.rowMac = hash.hash(PURPOSE, canonical(staff));
    }

    /** Sets the row's MAC under {@code under}'s active HMAC key (HMAC key rotation). */
    void seal(StaffAccount staff, KeyedHash under) {
        staff.rowMac = under.hash(PURPOSE, canonical(staff));
    }

    /**
     * Whether the row's MAC is valid under any configured HMAC key: a row sealed before an HMAC key
     * rotation stays valid until the re-hash job seals it under the new key. Every key is compared.
     */
    public boolean valid(StaffAccount staff) {
        return keyIdOf(staff).isPresent();
    }

    /** The id of the configured HMAC key the row's MAC is valid under; empty when under none. */
    Optional<String> keyIdOf(StaffAccount staff) {
        if (staff.rowMac == null || staff.id == null) {
            return Optional.empty();
        }
        List<byte[]> candidates = hash.candidates(PURPOSE, canonical(staff));
        String found = null;
        for (int i = 0; i < candidates.size(); i++) {
            if (MessageDigest.isEqual(staff.rowMac, candidates.get(i)) && found == null) {
                found = hash.keyIds().get(i);
            }
        }
        return Optional.ofNullable(found);
    }

    private static String canonical(StaffAccount staff) {
        if (staff.id == null) {
            throw new IllegalStateException("a staff row's MAC covers its id: persist it first");
        }
        // Length-prefixed, and null apart from the empty string: no two rows give the same text.
        StringBuilder canonical = new StringBuilder();
        for (Object field : fields(staff)) {
            if (field == null) {
                canonical.append("-;");
            } else {
                String text = field.toString();
                canonical
                        .append(text.getBytes(StandardCharsets.UTF_8).length)
                        .append(':')
                        .append(text)
                        .append(';');
            }
        }
        return canonical.toString();
    }
}
