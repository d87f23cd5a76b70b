package org.uglymugs.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uglymugs.support.Fixtures.MY_CONSENTS_PATH;
import static org.uglymugs.support.Fixtures.MY_INCIDENTS_PATH;
import static org.uglymugs.support.Fixtures.MY_MESSAGES_PATH;
import static org.uglymugs.support.Fixtures.MY_REPORT_PATH;
import static org.uglymugs.support.Fixtures.RECEIPT_HEADER;
import static org.uglymugs.support.Fixtures.REPORTS_PATH;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.Fixtures;

/** The first rule, proven: nothing about the reporter's connection is kept, and nothing they wrote is kept in plaintext. */
@QuarkusTest
class PrivacyTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String USER_AGENT =
            "PrivacyProbeAgent/9.9-" + HexFormat.of().toHexDigits(RANDOM.nextInt());
    /** From TEST-NET-3 (RFC 5737): never a real client. */
    private static final String FORWARDED_FOR = "203.0.113." + (1 + RANDOM.nextInt(254));
    /** The addresses rest-assured's requests come from, in the forms a server may write them. */
    private static final List<String> CLIENT_ADDRESSES = List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");

    private static final Path APPLICATION_LOG = Path.of("target", "quarkus-test.log");

    /**
     * A client address as a log line would write it: the address on its own, not a server's
     * {@code host:port} (the database's and the mail server's endpoints are loopback addresses too).
     */
    private static final Pattern CLIENT_ADDRESS_IN_LOG =
            Pattern.compile("(?<![\\w.:])(127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1)(?![\\w.]|:\\d)");

    @Test
    void neitherAddressNorUserAgentIsStoredOrLogged() throws IOException {
        long logBefore = Files.exists(APPLICATION_LOG) ? Files.size(APPLICATION_LOG) : 0;
        Filed filed = fileAndUseAReport(Fixtures.report());
        String reference = filed.reference();
        // Refused requests go down other code paths (mappers, guards) that might log.
        probe().body(Map.of("account", Fixtures.ACCOUNT))
                .when()
                .post(REPORTS_PATH)
                .then()
                .statusCode(400);
        probe().header(RECEIPT_HEADER, "wrong")
                .when()
                .get(MY_REPORT_PATH)
                .then()
                .statusCode(404);

        List<String> rows = Db.allRowsAsText();
        assertTrue(rows.stream().anyMatch(row -> row.contains(reference)), "the report is in the database");
        for (String trace : List.of(USER_AGENT, FORWARDED_FOR)) {
            assertFalse(rows.stream().anyMatch(row -> row.contains(trace)), "a table row contains " + trace);
        }
        for (String address : CLIENT_ADDRESSES) {
            assertFalse(rows.stream().anyMatch(row -> row.contains(address)), "a table row contains " + address);
        }

        String log = Files.readString(APPLICATION_LOG, StandardCharsets.UTF_8);
        String written = log.substring((int) Math.min(logBefore, log.length()));
        assertTrue(written.contains("Report received"), "the application log is captured in " + APPLICATION_LOG);
        assertFalse(log.contains(reference), "no log line ties a report to a time: its reference is not logged");
        assertFalse(log.contains(USER_AGENT), "the application log contains the user agent");
        assertFalse(log.contains(FORWARDED_FOR), "the application log contains the forwarded address");
        // The address the application really sees is the socket's (rest-assured connects from
        // loopback): nothing written while the reporter acted may carry it, nor the receipt.
        Matcher address = CLIENT_ADDRESS_IN_LOG.matcher(written);
        assertFalse(address.find(), () -> "the application log names the client address: " + line(written, address));
        assertFalse(log.contains(filed.receipt()), "the application log contains the receipt");
        assertFalse(
                log.contains(filed.receipt().replace("-", "")), "the application log contains the receipt, undashed");
    }

    private static String line(String log, Matcher found) {
        int start = log.lastIndexOf('\n', found.start()) + 1;
        int end = log.indexOf('\n', found.end());
        return log.substring(start, end < 0 ? log.length() : end);
    }

    private record Filed(String reference, String receipt) {}

    // The plaintext search is PlaintextSearchTest: its own data, reporter and staff paths, the receipt too.

    /**
     * Times stored for what a reporter does are coarse, like the submission time: a precise time could
     * be matched to a network log to find who was connected at that moment.
     */
    @Test
    void whatAReporterDoesIsTimedToTheMinuteOnly() {
        long id = Db.reportId(fileAndUseAReport(Fixtures.report()).reference());
        for (String column : List.of("submitted_at", "updated_at")) {
            assertEquals(
                    List.of(), preciseTimes("select " + column + " from report where id = ?", id), "report." + column);
        }
        assertEquals(
                List.of(),
                preciseTimes("select added_at from report_incident where report_id = ?", id),
                "report_incident.added_at");
        assertEquals(
                List.of(),
                preciseTimes("select sent_at from report_message where report_id = ?", id),
                "report_message.sent_at");
    }

    /** The times {@code sql} selects that are finer than a whole minute. */
    private static List<String> preciseTimes(String sql, long id) {
        return Db.strings("select t::text from (" + sql + ") as s(t) where t <> date_trunc('minute', t)", id);
    }

    /** Files a report and uses every receipt endpoint, all with the probe headers. */
    private static Filed fileAndUseAReport(Map<String, Object> report) {
        var receipt = probe().body(report)
                .when()
                .post(REPORTS_PATH)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String key = receipt.getString("receipt");
        probe().header(RECEIPT_HEADER, key).when().get(MY_REPORT_PATH).then().statusCode(200);
        probe().header(RECEIPT_HEADER, key)
                .body(Fixtures.incident())
                .when()
                .post(MY_INCIDENTS_PATH)
                .then()
                .statusCode(201);
        probe().header(RECEIPT_HEADER, key)
                .body(Fixtures.message(Fixtures.MESSAGE))
                .when()
                .post(MY_MESSAGES_PATH)
                .then()
                .statusCode(201);
        probe().header(RECEIPT_HEADER, key)
                .body(Fixtures.consentChange(Fixtures.consents(true, true, true, true, true), Fixtures.contact()))
                .when()
                .put(MY_CONSENTS_PATH)
                .then()
                .statusCode(200);
        return new Filed(receipt.getString("reference"), key);
    }

    private static RequestSpecification probe() {
        return given().contentType(ContentType.JSON)
                .header("User-Agent", USER_AGENT)
                .header("X-Forwarded-For", FORWARDED_FOR)
                .header("Forwarded", "for=" + FORWARDED_FOR)
                .header("X-Real-IP", FORWARDED_FOR);
    }
}
