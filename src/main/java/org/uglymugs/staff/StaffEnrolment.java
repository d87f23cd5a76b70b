package org.uglymugs.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.security.StaffPrincipal;

/**
 * 2FA enrolment after an enrolment login ({@link StaffAuthService#login}): the pending secret is
 * shown (as text, URI and QR code) only to the session it was drawn for, and becomes live when that
 * session confirms it with a first code.
 */
@ApplicationScoped
public class StaffEnrolment {

    private final Totp totp;
    private final FieldCipher cipher;
    private final Sessions sessions;
    private final AuditTrail audit;
    private final StaffRowMac rowMac;

    public StaffEnrolment(Totp totp, FieldCipher cipher, Sessions sessions, AuditTrail audit, StaffRowMac rowMac) {
        this.totp = totp;
        this.cipher = cipher;
        this.sessions = sessions;
        this.audit = audit;
        this.rowMac = rowMac;
    }

    /** Confirms enrolment with a first code; the enrolment session ends and the person logs in again. */
    @Transactional
    public void enrol(StaffPrincipal principal, String code) {
        StaffAccount staff = StaffAccount.findById(principal.staffId(), LockModeType.PESSIMISTIC_WRITE);
        if (staff == null || staff.totpEnrolled || !rowMac.valid(staff)) {
            throw ProblemException.invalid("totp", ErrorCode.INVALID, "2FA is already set up for this account");
        }
        String secret = pendingSecret(staff, principal);
        long step = totp.verify(secret, code, staff.totpLastStep);
        if (step < 0) {
            throw ProblemException.invalid("totp", ErrorCode.INVALID, "the code is wrong or has expired");
        }
        staff.totpSealed = cipher.seal(secret, StaffAuthService.totpCell(staff));
        staff.totpPendingSealed = null;
        staff.totpPendingSession = null;
        staff.totpEnrolled = true;
        staff.totpLastStep = step;
        rowMac.seal(staff);
        sessions.closeAll(staff);
        audit.record(staff.username, AuditAction.TOTP_ENROLLED, staff.username, Map.of());
    }

    /** The otpauth:// URI and pending secret of an account still enrolling, to the session it was drawn for only. */
    @Transactional
    public Enrolment enrolment(StaffPrincipal principal) {
        StaffAccount staff = StaffAccount.findById(principal.staffId());
        if (staff == null || staff.totpEnrolled || !rowMac.valid(staff)) {
            throw ProblemException.invalid("totp", ErrorCode.INVALID, "2FA is already set up for this account");
        }
        String secret = pendingSecret(staff, principal);
        return new Enrolment(staff.username, secret, totp.uri(staff.username, secret));
    }

    private String pendingSecret(StaffAccount staff, StaffPrincipal principal) {
        if (staff.totpPendingSealed == null
                || staff.totpPendingSession == null
                || staff.totpPendingSession != principal.sessionId()) {
            throw EnrolmentSuperseded.of();
        }
        return cipher.open(staff.totpPendingSealed, StaffAuthService.pendingTotpCell(staff));
    }

    public byte[] enrolmentQr(StaffPrincipal principal) {
        Enrolment enrolment = enrolment(principal);
        return totp.qrPng(enrolment.username(), enrolment.secret());
    }

    /** What an enrolling staff member needs for their authenticator app. */
    public record Enrolment(String username, String secret, String otpauthUri) {}
}
