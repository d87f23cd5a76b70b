package org.uglymugs.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;

@QuarkusTest
@TestProfile(BootstrapAdminProfile.class)
class BootstrapAdminTest {

    private static final Path LOG = Path.of("target/quarkus-test.log");

    @Inject
    StaffSeeder seeder;

    @Test
    void theFirstAdminIsCreatedOnceAndMustEnrol2fa() throws IOException {
        assertEquals(1, Db.count("select count(*) from staff_account"), "no demo accounts, just the first admin");
        assertEquals(
                1,
                Db.count("select count(*) from staff_account a join staff_role r on r.staff_id = a.id"
                        + " where a.username = '" + BootstrapAdminProfile.USERNAME + "' and r.role = 'ADMIN'"
                        + " and not a.totp_enrolled"));
        assertEquals(
                1,
                Db.count("select count(*) from audit_entry where actor = 'bootstrap'"
                        + " and action = 'STAFF_CREATED'"));
        given().contentType(ContentType.JSON)
                .body(Map.of("username", BootstrapAdminProfile.USERNAME, "password", BootstrapAdminProfile.PASSWORD))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .body("enrolmentRequired", equalTo(true));

        long before = Files.readString(LOG).split("Bootstrap admin refused", -1).length;
        seeder.onStart(null);
        assertEquals(1, Db.count("select count(*) from staff_account"), "a second start creates nothing");
        long after = Files.readString(LOG).split("Bootstrap admin refused", -1).length;
        assertTrue(after > before, "the refusal is logged");
    }
}
