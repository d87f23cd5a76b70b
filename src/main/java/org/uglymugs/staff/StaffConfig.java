package org.uglymugs.staff;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "uglymugs.staff")
public interface StaffConfig {

    /** Lifetime of an API bearer token. */
    @WithDefault("PT30M")
    Duration tokenTtl();

    /** A page session ends after this long without a request… */
    @WithDefault("PT30M")
    Duration sessionIdle();

    /** …and after this long in any case. */
    @WithDefault("PT12H")
    Duration sessionMax();

    /** Failed logins in a row that lock an account… */
    @WithDefault("5")
    int lockoutAttempts();

    /** …for this long. */
    @WithDefault("PT15M")
    Duration lockoutDuration();

    /** Issuer shown in authenticator apps. */
    @WithDefault("Ugly Mugs")
    String totpIssuer();

    /** Send the session cookie only over HTTPS (turn off only for local development). */
    @WithDefault("true")
    boolean cookieSecure();

    /** Seed one demo account per role (dev profile only; never honoured in production). */
    @WithDefault("false")
    boolean demoAccounts();

    /** One-time creation of the first admin; refused once any admin exists. */
    BootstrapAdmin bootstrapAdmin();

    interface BootstrapAdmin {
        Optional<String> username();

        Optional<String> password();
    }

    /**
     * How long an initial password, a 2FA reset or a password reset stays usable: the person must
     * enrol and change the password within it, or an admin resets the account again.
     */
    @WithDefault("PT72H")
    Duration setupWindow();

    /** bcrypt cost of staff passwords (2^cost rounds). */
    @WithDefault("12")
    int bcryptCost();
}
