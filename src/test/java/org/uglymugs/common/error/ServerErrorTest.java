package org.uglymugs.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uglymugs.support.Fixtures.PROBLEM_JSON;
import static org.uglymugs.support.Fixtures.REPORTS_PATH;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.Fixtures;

/**
 * Review L7 and L5's unique violations: no server error detail that can hold row contents reaches
 * an exception, the unexpected-failure log line at ERROR holds only the class and an incident id,
 * and a unique violation answers 409, not 500.
 */
@QuarkusTest
class ServerErrorTest {

    private static final Path LOG = Path.of("target/quarkus-test.log");
    private static final String ROW_MARKER = "RowContent-5b7e";

    @Test
    void theDatabaseNeverPutsRowContentsIntoAnErrorMessage() {
        String row = "insert into area (id, name, active) values ('" + ROW_MARKER.toLowerCase() + "', '" + ROW_MARKER
                + "', false)";
        Db.execute(row);
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Db.execute(row));
            String message = String.valueOf(e.getCause().getMessage());
            assertFalse(message.contains(ROW_MARKER.toLowerCase()), "no DETAIL with the row: " + message);
            assertFalse(message.contains("Detail:"), "no DETAIL line: " + message);
        } finally {
            Db.execute("delete from area where id = '" + ROW_MARKER.toLowerCase() + "'");
        }
    }

    @Test
    void aUniqueViolationIsA409NotA500() {
        failReportInserts("raise unique_violation using message = 'duplicate " + ROW_MARKER + "'");
        try {
            given().contentType(ContentType.JSON)
                    .body(Fixtures.report())
                    .when()
                    .post(REPORTS_PATH)
                    .then()
                    .statusCode(409)
                    .contentType(PROBLEM_JSON)
                    .body("status", equalTo(409))
                    .body(not(containsString(ROW_MARKER)));
        } finally {
            stopFailing();
        }
    }

    @Test
    void anUnexpectedFailureIsLoggedAtErrorAsItsClassAndIncidentOnly() throws IOException {
        long before = Files.size(LOG);
        failReportInserts("raise exception 'failing row contains (%)', '" + ROW_MARKER + "'");
        try {
            given().contentType(ContentType.JSON)
                    .body(Fixtures.report())
                    .when()
                    .post(REPORTS_PATH)
                    .then()
                    .statusCode(500)
                    .body(not(containsString(ROW_MARKER)));
        } finally {
            stopFailing();
        }
        String written = Files.readString(LOG).substring((int) before);
        String[] lines = written.split("\n");
        boolean found = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(" ERROR ")) {
                found |= lines[i].contains("incident");
                assertFalse(lines[i].contains(ROW_MARKER), "the ERROR line holds no row content: " + lines[i]);
                assertTrue(
                        i + 1 >= lines.length || lines[i + 1].matches("^\\d\\d:\\d\\d:\\d\\d,\\d{3} .*"),
                        "no exception chain at ERROR: " + (i + 1 < lines.length ? lines[i + 1] : ""));
            }
        }
        assertTrue(found, "the failure is logged at ERROR with its incident id");
    }

    private static void failReportInserts(String raise) {
        Db.execute("create or replace function test_fail_report() returns trigger language plpgsql as $$ begin " + raise
                + "; end $$");
        Db.execute("create trigger test_fail_report before insert on report "
                + "for each row execute function test_fail_report()");
    }

    private static void stopFailing() {
        Db.execute("drop trigger test_fail_report on report");
        Db.execute("drop function test_fail_report()");
    }
}
