package org.uglymugs.common;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A production start refuses the database password this repository publishes (the default of
 * {@code UGLYMUGS_DB_PASSWORD}) or none at all, as it refuses the published keys: with it, anyone
 * who reaches the database port can write staff rows and read sealed data's surroundings. The
 * {@code bench} profile (local throw-away checks against {@code deploy/postgres.sh}'s database)
 * is let through.
 */
@Startup
@ApplicationScoped
public class DatabasePassword {

    /** Passwords anyone can read here: the configuration's default and deploy/postgres.sh's. */
    static final Set<String> PUBLISHED = Set.of("uglymugs");

    DatabasePassword() {
        boolean bench = ConfigUtils.getProfiles().contains("bench");
        check(
                Deployment.production() && !bench,
                ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class));
    }

    /** Throws when production would run on a published or empty database password. */
    static void check(boolean production, Optional<String> password) {
        if (!production) {
            return;
        }
        String given = password.map(String::strip).orElse("");
        if (given.isEmpty()) {
            throw new IllegalStateException("No database password: set UGLYMUGS_DB_PASSWORD (production refuses none)");
        }
        if (PUBLISHED.contains(given)) {
            throw new IllegalStateException(
                    "The database password is the published default: set UGLYMUGS_DB_PASSWORD to a secret one "
                            + "(and change it in PostgreSQL) before a production start");
        }
    }
}
