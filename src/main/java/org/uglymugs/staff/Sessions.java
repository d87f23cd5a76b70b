package org.uglymugs.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.uglymugs.common.crypto.KeyedHash;
import org.uglymugs.common.security.StaffPrincipal;

/** Opens, resolves and ends staff sessions. Tokens are 256 random bits, stored only as keyed hashes. */
@ApplicationScoped
public class Sessions {

    private static final String TOKEN_PURPOSE = "staff-session";
    /** Don't write last_seen_at on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofSeconds(30);

    private final SecureRandom random = new SecureRandom();
    private final KeyedHash hash;
    private final StaffConfig config;
    private final StaffRowMac rowMac;
    private final Clock clock;

    public Sessions(KeyedHash hash, StaffConfig config, StaffRowMac rowMac, Clock clock) {
        this.hash = hash;
        this.config = config;
        this.rowMac = rowMac;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    LoginResult open(StaffAccount staff, StaffSession.Kind kind) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(clock);
        StaffSession session = new StaffSession();
        session.staff = staff;
        session.tokenHash = hash.hash(TOKEN_PURPOSE, token);
        session.kind = kind;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = now.plus(kind == StaffSession.Kind.PAGE ? config.sessionMax() : config.tokenTtl());
        session.persist();
        return new LoginResult(
                token,
                kind,
                session.expiresAt,
                kind == StaffSession.Kind.ENROLMENT,
                kind == StaffSession.Kind.ENROLMENT && staff.totpEnrolled,
                session.id);
    }

    /** The live session behind a token; an expired or idle one is deleted on sight. */
    @Transactional
    public Optional<StaffPrincipal> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        // Under every configured HMAC key: a session opened before an HMAC key rotation lives on until it lapses.
        Optional<StaffSession> found = StaffSession.find("tokenHash in ?1", hash.candidates(TOKEN_PURPOSE, token))
                .firstResultOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StaffSession session = found.get();
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean idle = session.kind == StaffSession.Kind.PAGE
                && session.lastSeenAt.plus(config.sessionIdle()).isBefore(now);
        // A row changed behind the application's back (its MAC fails) ends the session at once.
        if (session.expiresAt.isBefore(now) || idle || session.staff.disabled || !rowMac.valid(session.staff)) {
            session.delete();
            return Optional.empty();
        }
        if (session.lastSeenAt.plus(TOUCH_EVERY).isBefore(now)) {
            session.lastSeenAt = now;
        }
        return Optional.of(principal(session));
    }

    @Transactional
    public void close(long sessionId) {
        StaffSession.deleteById(sessionId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void closeAll(StaffAccount staff) {
        StaffSession.delete("staff", staff);
    }

    private static StaffPrincipal principal(StaffSession session) {
        StaffAccount staff = session.staff;
        Set<String> roles = new HashSet<>();
        if (session.kind == StaffSession.Kind.ENROLMENT) {
            // First 2FA, then the password: an enrolled account's restricted session may only change it.
            roles.add(staff.totpEnrolled ? StaffRole.PASSWORD_CHANGE : StaffRole.ENROLMENT);
        } else {
            staff.roles.forEach(r -> roles.add(r.name()));
        }
        return new StaffPrincipal(staff.id, staff.username, Set.copyOf(roles), Set.copyOf(staff.areas), session.id);
    }
}
