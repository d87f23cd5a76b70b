package org.uglymugs.staff;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.uglymugs.common.Deployment;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.crypto.FieldCipher;

/**
 * Accounts that exist before anyone can log in: the first admin of a fresh install (one-time
 * settings, refused once an admin exists) and, in dev mode only and only while the service listens
 * on a loopback address, one demo account per role (marked {@code demo}). A production start
 * refuses to run while any demo account exists.
 */
@ApplicationScoped
public class StaffSeeder {

    private static final Logger LOG = Logger.getLogger(StaffSeeder.class);

    /** Dev-mode demo accounts: username, password, TOTP secret (also in the README), roles. */
    record Demo(String username, String password, String totpSecret, Set<StaffRole> roles, Set<String> areas) {}

    static final List<Demo> DEMOS = List.of(
            new Demo(
                    "admin",
                    "demo-admin-password",
                    "ADMINDEMOSECRETADMINDEMOSECRET23",
                    EnumSet.of(StaffRole.ADMIN),
                    Set.of()),
            new Demo(
                    "moderator",
                    "demo-moderator-password",
                    "MODERATORDEMOSECRETMODERATORDEMO",
                    EnumSet.of(StaffRole.MODERATOR),
                    Set.of()),
            new Demo(
                    "liaison",
                    "demo-liaison-password",
                    "LIAISONDEMOSECRETLIAISONDEMOSECR",
                    EnumSet.of(StaffRole.POLICE_LIAISON),
                    Set.of("metropolitan")));

    /** As {@link NewStaff#username()} requires of every other account. */
    static final String USERNAME_PATTERN = "[a-z0-9._-]{3,64}";

    private final StaffConfig config;
    private final StaffAdminService admin;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final StaffRowMac rowMac;

    public StaffSeeder(
            StaffConfig config, StaffAdminService admin, FieldCipher cipher, AuditTrail audit, StaffRowMac rowMac) {
        this.config = config;
        this.admin = admin;
        this.cipher = cipher;
        this.audit = audit;
        this.rowMac = rowMac;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        refuseDemoAccounts(Deployment.production());
        bootstrapAdmin();
        if (config.demoAccounts()) {
            String host = httpHost();
            if (Deployment.production()) {
                LOG.error("uglymugs.staff.demo-accounts is ignored in production");
            } else if (!loopback(host)) {
                LOG.errorf(
                        "Demo accounts not seeded: the service listens on %s, not on a loopback address "
                                + "(their passwords are published)",
                        host);
            } else {
                DEMOS.forEach(this::seedDemo);
            }
        }
    }

    /** A production start stops here while any demo account (published password and secret) exists. */
    @Transactional(Transactional.TxType.MANDATORY)
    void refuseDemoAccounts(boolean production) {
        long demos = StaffAccount.count("demo = true");
        if (production && demos > 0) {
            throw new IllegalStateException(demos + " demo staff account(s) exist in this database (their passwords "
                    + "are published); delete them (delete from staff_account where demo) before a production start");
        }
    }

    /** The HTTP listener's host; Quarkus binds every interface unless told otherwise outside dev/test mode. */
    static String httpHost() {
        return ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.host", String.class)
                .orElse("0.0.0.0");
    }

    /** Whether a listener on this host is reachable from this machine only. */
    static boolean loopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String bare = host.strip();
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        try {
            InetAddress[] all = InetAddress.getAllByName(bare);
            for (InetAddress address : all) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return all.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private void bootstrapAdmin() {
        var username = config.bootstrapAdmin().username();
        var password = config.bootstrapAdmin().password();
        if (username.isEmpty() || password.isEmpty()) {
            return;
        }
        boolean adminExists = StaffAccount.count("?1 member of roles", StaffRole.ADMIN) > 0;
        if (adminExists) {
            LOG.error("Bootstrap admin refused: an admin already exists. Remove UGLYMUGS_BOOTSTRAP_ADMIN_USERNAME "
                    + "and UGLYMUGS_BOOTSTRAP_ADMIN_PASSWORD from the configuration.");
            return;
        }
        if (!username.get().matches(USERNAME_PATTERN)) {
            throw new IllegalStateException(
                    "uglymugs.staff.bootstrap-admin.username must be 3 to 64 of a-z, 0-9, " + "dot, dash, underscore");
        }
        if (password.get().length() < Passwords.MIN_LENGTH) {
            throw new IllegalStateException("uglymugs.staff.bootstrap-admin.password must have at least "
                    + Passwords.MIN_LENGTH + " characters");
        }
        StaffAccount created = admin.newAccount(username.get(), password.get(), EnumSet.of(StaffRole.ADMIN), Set.of());
        audit.record("bootstrap", AuditAction.STAFF_CREATED, created.username, Map.of("roles", "[ADMIN]"));
        LOG.infof(
                "Bootstrap admin %s created: log in at /staff/login to enrol 2FA, then remove the "
                        + "bootstrap settings",
                created.username);
    }

    private void seedDemo(Demo demo) {
        var existing = StaffAccount.findByUsername(demo.username());
        if (existing.isPresent()) {
            // A dev database from before demo accounts were marked: the demo's name is the demo's.
            existing.get().demo = true;
            return;
        }
        StaffAccount staff = admin.newAccount(demo.username(), demo.password(), demo.roles(), demo.areas());
        staff.totpSealed = cipher.seal(demo.totpSecret(), StaffAuthService.totpCell(staff));
        staff.totpEnrolled = true;
        staff.passwordChangeRequired = false;
        staff.setupExpiresAt = null;
        staff.demo = true;
        rowMac.seal(staff);
        LOG.infof("Dev demo account %s (%s)", demo.username(), demo.roles());
    }
}
