package org.uglymugs.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uglymugs.support.Db;

/**
 * The demo accounts (published passwords) are safe to try: seeded only while the listener is
 * loopback, marked in the database so a production start refuses to run while one exists, and
 * every page says it is a demo.
 */
@QuarkusTest
class DemoAccountsTest {

    @Inject
    StaffSeeder seeder;

    @Test
    void theDemoAccountsAreMarked() {
        assertEquals(
                3,
                Db.count(
                        "select count(*) from staff_account where demo and username in ('admin', 'moderator', 'liaison')"));
        assertEquals(3, Db.count("select count(*) from staff_account where demo"));
    }

    @Test
    void aProductionStartRefusesWhileADemoAccountExists() {
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> seeder.refuseDemoAccounts(true)));
        assertTrue(refused.getMessage().contains("demo"));
        assertDoesNotThrow(() -> QuarkusTransaction.requiringNew().run(() -> seeder.refuseDemoAccounts(false)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"})
    void loopbackListenersMaySeedDemoAccounts(String host) {
        assertTrue(StaffSeeder.loopback(host), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "192.0.2.10", "", " "})
    void otherListenersMayNot(String host) {
        assertFalse(StaffSeeder.loopback(host), host);
    }

    @Test
    void thisRunListensOnLoopback() {
        assertTrue(StaffSeeder.loopback(StaffSeeder.httpHost()), StaffSeeder.httpHost());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/report?lang=en", "/my-report?lang=en", "/staff/login?lang=en"})
    void everyPageSaysItIsADemo(String path) {
        given().get(path).then().statusCode(200).body(containsString("Demo, not safe for real reports"));
    }

    @Test
    void theBannerSpeaksDutchToo() {
        given().get("/report?lang=nl")
                .then()
                .statusCode(200)
                .body(containsString("Demo, niet veilig voor echte meldingen"));
    }
}
