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
import org.uglymugs.common.error.FieldError;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.security.StaffPrincipal;
import org.uglymugs.common.web.RateLimited;
import org.uglymugs.common.web.RateLimiter;

/**
 * Staff login: password (bcrypt) and TOTP, lock-out after repeated failures, and 2FA enrolment.
 * Failed attempts are counted and audited even though the caller gets an error.
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

    private static final Logger LOG = Logger.getLogger(StaffAuthService.class);

    private final Passwords passwords;
    private final Totp totp;
    private final FieldCipher cipher;
    private final Sessions sessions;
    private final AuditTrail audit;
    private final StaffConfig config;
    private final StaffRowMac rowMac;

    private final Clock clock;

    public StaffAuthService(
            Passwords passwords,
            Totp totp,
            FieldCipher cipher,
            Sessions sessions,
            AuditTrail audit,
            StaffConfig config,
            StaffRowMac rowMac,
            Clock clock) {
        this.clock = clock;
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
        if (!staff.totpEnrolled) {
            return succeed(staff, now, StaffSession.Kind.ENROLMENT);
        }
        long step = totp.verify(cipher.open(staff.totpSealed, totpCell(staff)), code, staff.totpLastStep);
        if (step < 0) {
            fail(staff, now, "totp");
        }
        staff.totpLastStep = step;
        return succeed(staff, now, kind);
    }

    /** Confirms enrolment with a first code; the enrolment session ends and the person logs in again. */
    @Transactional
    public void enrol(StaffPrincipal principal, String code) {
        StaffAccount staff = StaffAccount.findById(principal.staffId(), LockModeType.PESSIMISTIC_WRITE);
        if (staff == null || staff.totpEnrolled || !rowMac.valid(staff)) {
            throw ProblemException.invalid("totp", FieldError.INVALID, "2FA is already set up for this account");
        }
        long step = totp.verify(cipher.open(staff.totpSealed, totpCell(staff)), code, staff.totpLastStep);
        if (step < 0) {
            throw ProblemException.invalid("totp", FieldError.INVALID, "the code is wrong or has expired");
        }
        staff.totpEnrolled = true;
        staff.totpLastStep = step;
        rowMac.seal(staff);
        sessions.closeAll(staff);
        audit.record(staff.username, AuditAction.TOTP_ENROLLED, staff.username, Map.of());
    }

    /** The otpauth:// URI and secret of an account still enrolling. */
    @Transactional
    public Enrolment enrolment(StaffPrincipal principal) {
        StaffAccount staff = StaffAccount.findById(principal.staffId());
        if (staff == null || !rowMac.valid(staff)) {
            throw InvalidCredentials.any();
        }
        String secret = cipher.open(staff.totpSealed, totpCell(staff));
        return new Enrolment(staff.username, secret, totp.uri(staff.username, secret));
    }

    public byte[] enrolmentQr(StaffPrincipal principal) {
        Enrolment enrolment = enrolment(principal);
        return totp.qrPng(enrolment.username(), enrolment.secret());
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

    /** What an enrolling staff member needs for their authenticator app. */
    public record Enrolment(String username, String secret, String otpauthUri) {}
}
