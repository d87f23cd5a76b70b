package org.uglymugs.staff;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.uglymugs.area.AreaService;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.error.ErrorCode;
import org.uglymugs.common.error.FieldError;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;

/** What admins do with staff accounts. Every change is audited. */
@ApplicationScoped
public class StaffAdminService {

    private final Passwords passwords;
    private final Sessions sessions;
    private final AreaService areas;
    private final AuditTrail audit;
    private final StaffRowMac rowMac;
    private final StaffConfig config;
    private final Clock clock;

    public StaffAdminService(
            Passwords passwords,
            Sessions sessions,
            AreaService areas,
            AuditTrail audit,
            StaffRowMac rowMac,
            StaffConfig config,
            Clock clock) {
        this.clock = clock;
        this.config = config;
        this.passwords = passwords;
        this.sessions = sessions;
        this.areas = areas;
        this.audit = audit;
        this.rowMac = rowMac;
    }

    @Transactional
    public Page<StaffView> list(PageRequest page) {
        List<StaffAccount> rows = StaffAccount.<StaffAccount>findAll(Sort.by("username"))
                .page(page.page(), page.size())
                .list();
        return new Page<>(rows.stream().map(this::view).toList(), page.page(), page.size(), StaffAccount.count());
    }

    @Transactional
    public StaffView get(long id) {
        return view(find(id));
    }

    @Transactional
    public StaffView create(String actor, NewStaff request) {
        List<FieldError> errors = new ArrayList<>();
        if (StaffAccount.findByUsername(request.username()).isPresent()) {
            errors.add(new FieldError("username", ErrorCode.TAKEN, "is already in use"));
        }
        if (request.password().equalsIgnoreCase(request.username())) {
            errors.add(new FieldError("password", ErrorCode.INVALID, "must not be the username"));
        }
        Set<String> scope = request.areas() == null ? Set.of() : request.areas();
        checkAreas(scope, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        StaffAccount staff = newAccount(request.username(), request.password(), request.roles(), scope);
        audit.record(actor, AuditAction.STAFF_CREATED, staff.username, Map.of("roles", staff.roles.toString()));
        return view(staff);
    }

    /**
     * Creates an account; used by admins, the one-time bootstrap and the dev demo seed. It has no
     * live 2FA secret (its owner draws one at first login) and its initial password must be changed
     * within the set-up window.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    StaffAccount newAccount(String username, String password, Set<StaffRole> roles, Set<String> scope) {
        StaffAccount staff = new StaffAccount();
        staff.username = username;
        staff.passwordHash = passwords.hash(password);
        staff.roles = EnumSet.copyOf(roles);
        staff.areas = new TreeSet<>(scope);
        staff.createdAt = OffsetDateTime.now(clock);
        startSetup(staff);
        staff.persist();
        rowMac.seal(staff);
        return staff;
    }

    /** The person must (again) enrol or change the password before anything else, within the set-up window. */
    private void startSetup(StaffAccount staff) {
        staff.passwordChangeRequired = true;
        staff.setupExpiresAt = OffsetDateTime.now(clock).plus(config.setupWindow());
    }

    @Transactional
    public StaffView setDisabled(String actor, long id, boolean disabled) {
        StaffAccount staff = find(id);
        if (disabled && staff.username.equals(actor)) {
            throw StaffConflict.of("You cannot disable your own account.");
        }
        if (disabled && staff.roles.contains(StaffRole.ADMIN) && !staff.disabled && enabledAdmins() <= 1) {
            throw StaffConflict.of("This is the last enabled admin; enable or create another admin first.");
        }
        staff.disabled = disabled;
        rowMac.seal(staff);
        if (disabled) {
            sessions.closeAll(staff);
        }
        audit.record(
                actor, disabled ? AuditAction.STAFF_DISABLED : AuditAction.STAFF_ENABLED, staff.username, Map.of());
        return view(staff);
    }

    /**
     * Drops the 2FA secret: the person enrols a fresh one at next login (a secret the admin never
     * sees) and then changes the password, within the set-up window; every session ends now.
     */
    @Transactional
    public StaffView resetTotp(String actor, long id) {
        StaffAccount staff = find(id);
        staff.totpSealed = null;
        staff.totpPendingSealed = null;
        staff.totpPendingSession = null;
        staff.totpEnrolled = false;
        staff.totpLastStep = 0;
        staff.enrolmentLogins = 0;
        startSetup(staff);
        rowMac.seal(staff);
        sessions.closeAll(staff);
        audit.record(actor, AuditAction.TOTP_RESET, staff.username, Map.of());
        return view(staff);
    }

    /**
     * A new initial password for someone who forgot theirs: 2FA stays as it is (the admin still
     * cannot log in as them), the password must be changed at next login, within the set-up window.
     */
    @Transactional
    public StaffView resetPassword(String actor, long id, String password) {
        StaffAccount staff = find(id);
        if (password.equalsIgnoreCase(staff.username)) {
            throw ProblemException.invalid("password", ErrorCode.INVALID, "must not be the username");
        }
        staff.passwordHash = passwords.hash(password);
        staff.failedLogins = 0;
        staff.lockedUntil = null;
        startSetup(staff);
        rowMac.seal(staff);
        sessions.closeAll(staff);
        audit.record(actor, AuditAction.PASSWORD_RESET, staff.username, Map.of());
        return view(staff);
    }

    @Transactional
    public StaffView setAreas(String actor, long id, Set<String> scope) {
        StaffAccount staff = find(id);
        List<FieldError> errors = new ArrayList<>();
        checkAreas(scope, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        staff.areas = new TreeSet<>(scope);
        audit.record(actor, AuditAction.STAFF_AREAS_CHANGED, staff.username, Map.of("areas", staff.areas.toString()));
        return view(staff);
    }

    private static long enabledAdmins() {
        return StaffAccount.count("?1 member of roles and disabled = false", StaffRole.ADMIN);
    }

    private void checkAreas(Set<String> scope, List<FieldError> errors) {
        for (String area : scope) {
            if (!areas.exists(area)) {
                errors.add(new FieldError("areas", ErrorCode.UNKNOWN_AREA, "names an area that does not exist"));
                return;
            }
        }
    }

    private static StaffAccount find(long id) {
        StaffAccount staff = StaffAccount.findById(id);
        if (staff == null) {
            throw StaffNotFound.forId(id);
        }
        return staff;
    }

    private StaffView view(StaffAccount s) {
        return new StaffView(
                s.id,
                s.username,
                Set.copyOf(s.roles),
                Set.copyOf(s.areas),
                s.totpEnrolled,
                s.disabled,
                s.lockedAt(OffsetDateTime.now(clock)),
                s.createdAt,
                s.lastLoginAt,
                s.passwordChangeRequired,
                s.enrolmentLogins > 1);
    }
}
