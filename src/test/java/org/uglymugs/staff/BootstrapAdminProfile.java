package org.uglymugs.staff;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A fresh install: no demo accounts, the one-time first-admin settings given. */
public class BootstrapAdminProfile implements QuarkusTestProfile {

    static final String USERNAME = "firstadmin";
    static final String PASSWORD = "first-admin-password";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "uglymugs.staff.demo-accounts",
                "false",
                "uglymugs.staff.bootstrap-admin.username",
                USERNAME,
                "uglymugs.staff.bootstrap-admin.password",
                PASSWORD);
    }
}
