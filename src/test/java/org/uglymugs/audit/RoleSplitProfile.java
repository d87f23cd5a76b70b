package org.uglymugs.audit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The application on its own role, as deploy/ runs it: Flyway migrates as the schema's owner
 * ({@code uglymugs}), the application connects as {@code uglymugs_app} (both made by deploy/postgres.sh).
 */
public class RoleSplitProfile implements QuarkusTestProfile {

    static final String APP_ROLE = env("UGLYMUGS_TEST_APP_USER", "uglymugs_app");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.username", APP_ROLE,
                "quarkus.datasource.password", env("UGLYMUGS_TEST_APP_PASSWORD", "uglymugs-app"),
                "quarkus.flyway.username", env("UGLYMUGS_DB_USER", "uglymugs"),
                "quarkus.flyway.password", env("UGLYMUGS_DB_PASSWORD", "uglymugs"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
