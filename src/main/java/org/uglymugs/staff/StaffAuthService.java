package org.uglymugs.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.crypto.Cell;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.security.StaffPrincipal;
import org.uglymugs.common.web.RateLimited;
import org.uglymugs.common.web.RateLimiter;

/**
 * Staff login: password (bcrypt) and TOTP, lock-out after repeated failures, the login that starts
 * 2FA enrolment (confirmed in {@link StaffEnrolment}) and password changes. Failed attempts are counted and audited even though the caller gets an error.
 *
 * <p>2FA is independent of whoever chose the initial password: a login that starts enrolment draws
 * a fresh secret that only its own session is shown (a later enrolment login draws another and the
 * earlier one is dropped); it becomes live only when confirmed with a code. The first login and every
 * reset then force a password change (current password and a code) before anything else, within the
 * set-up window ({@link StaffConfig#setupWindow()}).
 */
@ApplicationScoped
public class StaffAuthService {

    /**
     * The TOTP secret is bound to its account by the lower-cased username (unique, never changed),
     * which is known before the row has an id.
     */
    static Cell totpCell(StaffAccount staff) {
        return Cell.of("staff_account", "totp_sealed", staff.username.strip().toLowerCase(Locale.ROOT));
    }

    /** The pending secret of an enrolment session, bound like the live one. */
    static Cell pendingTotpCell(StaffAccount staff) {
        return Cell.of(
                "staff_account", "totp_pending_sealed", staff.username.strip().toLowerCase(Locale.ROOT));
    }

    private static final Logger LOG = Logger.getLogger(StaffAuthService.class);

    private final Passwords passwords;
    private final Totp totp;
    private final FieldCipher cipher;
    private final Sessions sessions;
    private final AuditTrail audit;
    private final StaffConfig config;
    private final StaffRowMac rowMac;
    private final RateLimiter limiter;

    private final Clock clock;

    public StaffAuthService(
            Passwords passwords,
            Totp totp,
            FieldCipher cipher,
            Sessions sessions,
            AuditTrail audit,
            StaffConfig config,
            StaffRowMac rowMac,
            RateLimiter limiter,
            Clock clock) {
        this.clock = clock;
        this.limiter = limiter;
        this.passwords = passwords;
        this.totp = totp;
        this.cipher = cipher;
        this.sessions = sessions;
        this.audit = audit;
        this.config = config;
        this.rowMac = rowMac;
    }

    /**
     * Opens a session of the asked kind, or an enrolment-only session for an account that has not
     * enrolled 2FA yet. Every failure is the same {@link InvalidCredentials}.
     */
    @Transactional(dontRollbackOn = InvalidCredentials.class)
    @RateLimited(RateLimiter.Kind.LOGINS)
    public LoginResult login(String username, String password, String code, StaffSession.Kind kind) {
        // Per account too, whatever client asks (the per-client limit is the annotation's).
        limiter.consume(
                RateLimiter.Kind.LOGIN_ACCOUNTS,
                username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<StaffAccount> found = StaffAccount.findByUsernameForUpdate(username);
        if (found.isEmpty() || found.get().disabled) {
            passwords.burn(password);
            audit.record(
                    found.map(a -> a.username).orElse("unknown"),
                    AuditAction.LOGIN_FAILED,
                    null,
                    Map.of("reason", found.isEmpty() ? "unknown-user" : "disabled"));
            throw InvalidCredentials.any();
        }
        StaffAccount staff = found.get();
        if (!rowMac.valid(staff)) {
            // Inserted or changed behind the application's back: refused like any failure, counted
            // nowhere in the row (writing to it would not make it valid), and no secret is ever shown.
            passwords.burn(password);
            audit.record(staff.username, AuditAction.LOGIN_FAILED, staff.username, Map.of("reason", "row-mac"));
            LOG.warn("A staff account failed its integrity check (changed outside the application); login refused");
            throw InvalidCredentials.any();
        }
        if (staff.lockedAt(now)) {
            passwords.burn(password);
            audit.record(staff.username, AuditAction.LOGIN_FAILED, staff.username, Map.of("reason", "locked"));
            throw InvalidCredentials.any();
        }
        if (!passwords.matches(password, staff.passwordHash)) {
            fail(staff, now, "password");
        }
        if (staff.setupExpiredAt(now)) {
            audit.record(staff.username, AuditAction.LOGIN_FAILED, staff.username, Map.of("reason", "setup-expired"));
            throw InvalidCredentials.any();
        }
        if (!staff.totpEnrolled) {
            return startEnrolment(staff, now);
        }
        long step = totp.verify(cipher.open(staff.totpSealed, totpCell(staff)), code, staff.totpLastStep);
        if (step < 0) {
            fail(staff, now, "totp");
        }
        staff.totpLastStep = step;
        return succeed(staff, now, staff.passwordChangeRequired ? StaffSession.Kind.ENROLMENT : kind);
    }

    /**
     * An enrolment login: a fresh pending secret for this session alone (any earlier pending one is
     * dropped), and admins are told when an account sees more than one such login.
     */
    private LoginResult startEnrolment(StaffAccount staff, OffsetDateTime now) {
        LoginResult result = succeed(staff, now, StaffSession.Kind.ENROLMENT);
        staff.totpPendingSealed = cipher.seal(totp.newSecret(), pendingTotpCell(staff));
        staff.totpPendingSession = result.sessionId();
        rowMac.seal(staff);
        staff.enrolmentLogins++;
        if (staff.enrolmentLogins > 1) {
            audit.record(
                    staff.username,
                    AuditAction.ENROLMENT_REPEATED,
                    staff.username,
                    Map.of("logins", String.valueOf(staff.enrolmentLogins)));
            LOG.warnf("Staff account %s started 2FA enrolment more than once", staff.username);
        }
        return result;
    }

    /**
     * The staff member's own password change: the current password and a code from their
     * authenticator. Ends every session of the account (the person logs in again with the new one)
     * and finishes a forced change after the first login or a reset.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public void changePassword(StaffPrincipal principal, String current, String replacement, String code) {
        StaffAccount staff = StaffAccount.findById(principal.staffId(), LockModeType.PESSIMISTIC_WRITE);
        if (staff == null || !staff.totpEnrolled) {
            throw EnrolmentSuperseded.enrolFirst();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!passwords.matches(current, staff.passwordHash)) {
            countFailure(staff, now, "password-change");
            throw ProblemException.invalid("currentPassword", ErrorCode.INVALID, "is wrong");
        }
        long step = totp.verify(cipher.open(staff.totpSealed, totpCell(staff)), code, staff.totpLastStep);
        if (step < 0) {
            countFailure(staff, now, "password-change");
            throw ProblemException.invalid("totp", ErrorCode.INVALID, "the code is wrong or has expired");
        }
        staff.totpLastStep = step;
        if (replacement == null
                || replacement.length() < Passwords.MIN_LENGTH
                || replacement.length() > Passwords.MAX_LENGTH) {
            throw ProblemException.invalid(
                    "newPassword", ErrorCode.INVALID, "must have " + Passwords.MIN_LENGTH + " to 128 characters");
        }
        if (replacement.equalsIgnoreCase(staff.username) || replacement.equals(current)) {
            throw ProblemException.invalid(
                    "newPassword", ErrorCode.INVALID, "must differ from the username and the current password");
        }
        staff.passwordHash = passwords.hash(replacement);
        staff.passwordChangeRequired = false;
        staff.setupExpiresAt = null;
        staff.failedLogins = 0;
        rowMac.seal(staff);
        sessions.closeAll(staff);
        audit.record(staff.username, AuditAction.PASSWORD_CHANGED, staff.username, Map.of());
    }

    /** A wrong current password or code on a password change counts towards lock-out like a failed login. */
    private void countFailure(StaffAccount staff, OffsetDateTime now, String reason) {
        try {
            fail(staff, now, reason);
        } catch (InvalidCredentials counted) {
            // The caller answers with the field that was wrong: this person is signed in already.
        }
    }

    @Transactional
    public void logout(StaffPrincipal principal) {
        sessions.close(principal.sessionId());
        audit.record(principal.username(), AuditAction.LOGOUT, principal.username(), Map.of());
    }

    private void fail(StaffAccount staff, OffsetDateTime now, String reason) {
        staff.failedLogins++;
        if (staff.failedLogins >= config.lockoutAttempts()) {
            staff.failedLogins = 0;
            staff.lockedUntil = now.plus(config.lockoutDuration());
            audit.record(
                    staff.username,
                    AuditAction.LOGIN_LOCKED,
                    staff.username,
                    Map.of("until", staff.lockedUntil.toString()));
            LOG.warnf("Staff account %s locked after repeated failed logins", staff.username);
        } else {
            audit.record(staff.username, AuditAction.LOGIN_FAILED, staff.username, Map.of("reason", reason));
        }
        throw InvalidCredentials.any();
    }

    private LoginResult succeed(StaffAccount staff, OffsetDateTime now, StaffSession.Kind kind) {
        staff.failedLogins = 0;
        staff.lockedUntil = null;
        staff.lastLoginAt = now;
        audit.record(staff.username, AuditAction.LOGIN_SUCCEEDED, staff.username, Map.of("session", kind.name()));
        return sessions.open(staff, kind);
    }
}
