package org.uglymugs.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Db;
import org.uglymugs.support.Mailbox;
import org.uglymugs.support.PageSession;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.TestClock;

/** The chain's head published outside the database once a day, and checked when given back. */
@QuarkusTest
class AuditHeadTest {

    private static final Path LOG = Path.of("target/quarkus-test.log");
    private static final String CHECK = "/api/v1/admin/audit/verify-head";
    private static final Pattern DIGEST = Pattern.compile(
            "uglymugs-audit-head id=(\\d+) hash=([0-9a-f]{64}) count=(\\d+) at=(\\S+) mac=([0-9a-f]{64})");

    GreenMail mail;

    @Inject
    TestClock clock;

    @Inject
    AuditJobs jobs;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onceADayTheSignedHeadGoesToTheLogAndToTheConfiguredAddresses() throws IOException {
        Db.execute("delete from job_lease where name = '" + AuditJobs.ANCHOR_JOB + "'");
        long anchored = Db.count("select count(*) from audit_entry where action = 'AUDIT_ANCHORED'");
        clock.advance(Duration.ofDays(2));
        Optional<String> first = jobs.anchorIfDue();
        assertTrue(first.isPresent(), "due after a day");
        assertEquals(Optional.empty(), jobs.anchorIfDue(), "once per day, on one instance");
        clock.advance(Duration.ofHours(23));
        assertEquals(Optional.empty(), jobs.anchorIfDue(), "not again within the day");
        clock.advance(Duration.ofHours(2));
        String digest = jobs.anchorIfDue().orElseThrow();

        Matcher m = DIGEST.matcher(digest);
        assertTrue(m.matches(), digest);
        assertEquals(
                m.group(2),
                Db.strings("select encode(hash, 'hex') from audit_entry where id = ?", Long.parseLong(m.group(1)))
                        .get(0),
                "the head's own hash");
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> Files.readString(LOG).contains(digest));
        assertTrue(Files.readString(LOG).contains("Audit chain head: " + digest));

        for (String address : List.of("audit-head@uglymugs.test", "second-admin@uglymugs.test")) {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(75))
                    .until(() -> Mailbox.to(mail, address).stream()
                            .anyMatch(x -> Mailbox.text(x).contains(digest)));
        }
        MimeMessage sent = Mailbox.to(mail, "audit-head@uglymugs.test").stream()
                .filter(x -> Mailbox.text(x).contains(digest))
                .findFirst()
                .orElseThrow();
        assertTrue(Mailbox.subject(sent).startsWith("Audit chain head "), Mailbox.subject(sent));
        assertEquals(
                anchored + 2,
                Db.count("select count(*) from audit_entry where action = 'AUDIT_ANCHORED'"),
                "each publication is itself audited");

        // Back to today before logging in for the checks: a login days ahead would use a TOTP step
        // from the future (TestClock.reset handles it, but better not to need it).
        clock.reset();
        assertStatus("CONTAINED", digest);
        Tamper.ownEntries();
        check(digest).body("status", equalTo("CONTAINED")).body("headId", equalTo(Integer.parseInt(m.group(1))));
    }

    @Test
    void aDigestGivenBackSaysWhetherTheChainStillHoldsThatHead() {
        Tamper.ownEntries();
        String digest = jobs.anchor();
        Matcher m = DIGEST.matcher(digest);
        assertTrue(m.matches());
        long id = Long.parseLong(m.group(1));
        byte[] hash = HexFormat.of().parseHex(m.group(2));
        long count = Long.parseLong(m.group(3));
        Instant at = Instant.parse(m.group(4));

        assertStatus("CONTAINED", digest);
        String otherHash =
                (m.group(2).charAt(0) == '0' ? "1" : "0") + m.group(2).substring(1);
        assertStatus("NOT_SIGNED", digest.replace(m.group(2), otherHash));
        assertStatus("NOT_SIGNED", digest.replace("count=" + count, "count=" + (count + 1)));
        assertStatus("UNREADABLE", "the chain is fine, trust me");
        // What a cut tail or a rewritten chain looks like to a genuine digest.
        assertStatus("MISSING", signed(id + 1_000_000, hash, count + 1_000_000, at));
        assertStatus("CHANGED", signed(id, hash, count - 1, at));
        assertStatus("CHANGED", signed(id, new byte[32], count, at));

        long checks = Db.count(
                "select count(*) from audit_entry where action = 'AUDIT_VERIFIED' and details like ?",
                "%\"head\":\"CONTAINED\"%");
        assertStatus("CONTAINED", digest);
        assertEquals(
                checks + 1,
                Db.count(
                        "select count(*) from audit_entry where action = 'AUDIT_VERIFIED' and details like ?",
                        "%\"head\":\"CONTAINED\"%"),
                "each check is audited with its outcome");

        admin().contentType(ContentType.JSON).body(Map.of()).post(CHECK).then().statusCode(400);
        admin().contentType(ContentType.JSON)
                .body(Map.of("digest", digest + "\u0000\u202e"))
                .post(CHECK)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("digest"));
        given().auth()
                .oauth2(StaffApi.token(StaffApi.MODERATOR))
                .contentType(ContentType.JSON)
                .body(Map.of("digest", digest))
                .post(CHECK)
                .then()
                .statusCode(403);
    }

    @Test
    void adminsPasteADigestOnTheAuditPage() {
        String digest = jobs.anchor();
        PageSession admin = PageSession.of(StaffApi.ADMIN);
        String page = admin.given()
                .get("/staff/admin/audit?lang=en")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("Check a published head"), "the form is there");
        assertFalse(
                Pattern.compile("<td data-label=\"[^\"]*\">\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")
                        .matcher(page)
                        .find(),
                "no entry is shown to the second");
        admin.form(admin.csrf("/staff/admin/audit"))
                .formParam("digest", digest)
                .post("/staff/admin/audit/head")
                .then()
                .statusCode(200)
                .body(containsString("The chain still contains this head"));
        admin.form(admin.csrf("/staff/admin/audit"))
                .formParam("digest", digest.replace("mac=", "mac=0").substring(0, digest.length()))
                .post("/staff/admin/audit/head")
                .then()
                .statusCode(200)
                .body(containsString("not signed by this installation"));
    }

    private static String signed(long id, byte[] hash, long count, Instant at) {
        HexFormat hex = HexFormat.of();
        return "uglymugs-audit-head id=" + id + " hash=" + hex.formatHex(hash) + " count=" + count + " at=" + at
                + " mac=" + hex.formatHex(ChainLinks.chain().head(id, hash, count, at));
    }

    private static void assertStatus(String status, String digest) {
        assertEquals(status, check(digest).extract().path("status"), digest);
    }

    private static io.restassured.response.ValidatableResponse check(String digest) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("digest", digest))
                .post(CHECK)
                .then()
                .statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(StaffApi.token(StaffApi.ADMIN));
    }
}
