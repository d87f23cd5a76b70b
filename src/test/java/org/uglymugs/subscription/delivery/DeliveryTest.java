package org.uglymugs.subscription.delivery;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Fixtures;
import org.uglymugs.support.Mailbox;
import org.uglymugs.support.PageSession;
import org.uglymugs.support.StaffApi;
import org.uglymugs.support.Subscribers;
import org.uglymugs.support.TestClock;

/** Alerts reach exactly the matching subscribers, once per version, through a real SMTP server. */
@QuarkusTest
class DeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(75); // see Mailbox
    private static final String DELIVERIES_PAGE = "/staff/admin/deliveries";
    private static final Pattern MESSAGE_ID = Pattern.compile("<[0-9a-f]{40}@localhost>");

    GreenMail mail;

    @Inject
    TestClock clock;

    @Inject
    Sender sender;

    @AfterEach
    void restore() {
        clock.reset();
        if (!mail.isRunning()) {
            mail.start();
        }
    }

    /** Subscriber's areas, categories, minimum severity; the alert's severity and categories; delivered? */
    static Stream<Arguments> matching() {
        return Stream.of(
                Arguments.of(
                        "same area, all categories, LOW", true, List.of(), "LOW", "HIGH", List.of("ROBBERY"), true),
                Arguments.of("other area only", false, List.of(), "LOW", "HIGH", List.of("ROBBERY"), false),
                Arguments.of(
                        "category shared",
                        true,
                        List.of("ROBBERY", "STALKING"),
                        "LOW",
                        "LOW",
                        List.of("STALKING"),
                        true),
                Arguments.of(
                        "category not shared", true, List.of("ROBBERY"), "LOW", "HIGH", List.of("STALKING"), false),
                Arguments.of("severity equal to minimum", true, List.of(), "HIGH", "HIGH", List.of("ROBBERY"), true),
                Arguments.of("severity above minimum", true, List.of(), "MEDIUM", "CRITICAL", List.of("ROBBERY"), true),
                Arguments.of("severity below minimum", true, List.of(), "CRITICAL", "HIGH", List.of("ROBBERY"), false),
                Arguments.of(
                        "all three match", true, List.of("RAPE"), "MEDIUM", "HIGH", List.of("RAPE", "THREATS"), true));
    }

    @ParameterizedTest(name = "{0} → {6}")
    @MethodSource("matching")
    void matchesAreaCategoryAndSeverity(
            String name,
            boolean sameArea,
            List<String> categories,
            String minSeverity,
            String severity,
            List<String> alertCategories,
            boolean delivered) {
        String alertArea = Desk.newArea("match");
        String email = Subscribers.newAddress("match");
        Map<String, Object> body = Subscribers.request(email, sameArea ? alertArea : Desk.newArea("elsewhere"));
        body.put("categories", categories);
        body.put("minSeverity", minSeverity);
        Subscribers.active(mail, body);

        long alert = Alerts.publish(Alerts.draft(List.of(alertArea), severity, alertCategories, "Match " + name));
        await().atMost(WAIT)
                .until(() -> Db.count(
                                "select count(*) from delivery_event where alert_id = ? and fanned_out_at is not null",
                                alert)
                        == 1);
        assertEquals(delivered ? 1 : 0, Db.count("select count(*) from delivery where alert_id = ?", alert), name);
        if (delivered) {
            Mailbox.await(mail, email, 2);
        }
    }

    @Test
    void eachLanguageGetsItsOwnMailWithUnsubscribeHeadersAndNothingAboutTheReporter() throws Exception {
        String area = Desk.newArea("lang");
        String english = Subscribers.newAddress("english");
        String dutch = Subscribers.newAddress("dutch");
        Subscribers.active(mail, Subscribers.request(english, area));
        Map<String, Object> nl = Subscribers.request(dutch, area);
        nl.put("language", "nl");
        String dutchManage = Subscribers.active(mail, nl);

        Db.execute("update area set name_nl = 'Rivierkant " + area + "' where id = '" + area + "'");

        Alerts.publish(area, "Fake notes, violent");
        MimeMessage en = Mailbox.await(mail, english, 2).get(1);
        MimeMessage du = Mailbox.await(mail, dutch, 2).get(1);
        // The area by the name in the mail's language: the Dutch one an admin set, the English one otherwise.
        assertTrue(Mailbox.text(du).contains("Gebieden: Rivierkant " + area), () -> Mailbox.text(du));
        assertTrue(Mailbox.html(du).contains("Rivierkant " + area));
        assertTrue(Mailbox.text(en).contains("Areas: Test area " + area), () -> Mailbox.text(en));

        assertEquals("New alert: Fake notes, violent", Mailbox.subject(en));
        assertEquals("Nieuwe waarschuwing: Fake notes, violent", Mailbox.subject(du));
        assertTrue(Mailbox.text(en).contains(Alerts.SUMMARY) && Mailbox.html(en).contains("How to recognise him"));
        assertTrue(Mailbox.text(du).contains("Zo herken je hem")
                && Mailbox.html(du).contains(Alerts.SUMMARY));
        for (MimeMessage m : List.of(en, du)) {
            assertEquals(1, m.getAllRecipients().length, "one recipient per message");
            assertTrue(MESSAGE_ID.matcher(Mailbox.header(m, "Message-ID")).matches());
            assertEquals("List-Unsubscribe=One-Click", Mailbox.header(m, "List-Unsubscribe-Post"));
            String raw = Mailbox.raw(m);
            assertFalse(raw.contains(Fixtures.ACCOUNT) || raw.contains(Fixtures.LOCATION_TEXT), "reporter's text");
        }
        assertNotEquals(Mailbox.header(en, "Message-ID"), Mailbox.header(du, "Message-ID"));

        // One click on the Dutch mail's List-Unsubscribe link ends that subscription at once.
        Matcher link = Pattern.compile("<https?://[^/]+(/api/v1/subscriptions/unsubscribe)\\?token=([A-Za-z0-9_-]+)>")
                .matcher(Mailbox.header(du, "List-Unsubscribe"));
        assertTrue(link.matches(), "List-Unsubscribe is a link to the one-click endpoint");
        RestAssured.given()
                .contentType("application/x-www-form-urlencoded")
                .formParam("List-Unsubscribe", "One-Click")
                .queryParam("token", link.group(2))
                .post(link.group(1))
                .then()
                .statusCode(204);
        Subscribers.withToken(dutchManage).get(Subscribers.ME_PATH).then().statusCode(404);

        String log = Files.readString(Path.of("target/quarkus-test.log"));
        assertFalse(log.contains(english.substring(0, english.indexOf('@'))), "the log names a subscriber");
        assertFalse(log.contains(link.group(2)), "the log holds a token");
    }

    @Test
    void aDiscreetMailHoldsNoAlertContentAnywhere() {
        String area = Desk.newArea("discreet");
        String email = Subscribers.newAddress("discreet");
        Map<String, Object> body = Subscribers.request(email, area);
        body.put("discreet", true);
        Subscribers.active(mail, body);

        Alerts.publish(area, "Dangerous driver with a knife");
        MimeMessage m = Mailbox.await(mail, email, 2).get(1);
        assertEquals("Your update", Mailbox.subject(m));
        String raw = Mailbox.raw(m);
        for (String content : List.of(
                "Dangerous driver",
                "knife",
                "fake notes",
                "London accent",
                "Test area",
                area,
                "alert",
                "Alert",
                "Ugly Mugs",
                "Severity")) {
            assertFalse(raw.contains(content), "the raw discreet mail contains " + content);
        }
        assertTrue(Mailbox.header(m, "From").startsWith("Your update"));
        assertTrue(Mailbox.text(m).contains("/read?token="), "only a link to read it on the site");
    }

    @Test
    void updatesAndRetractionsAreMailedOncePerVersion() {
        String area = Desk.newArea("versions");
        String email = Subscribers.newAddress("versions");
        Subscribers.active(mail, Subscribers.request(email, area));

        long alert = Alerts.publish(area, "First version");
        Mailbox.await(mail, email, 2);
        Alerts.update(alert, Alerts.draft(List.of(area), "CRITICAL", List.of("PHYSICAL_ASSAULT"), "Second version"));
        MimeMessage updated = Mailbox.await(mail, email, 3).get(2);
        Alerts.retract(alert);
        MimeMessage retracted = Mailbox.await(mail, email, 4).get(3);

        assertEquals("Updated alert: Second version", Mailbox.subject(updated));
        assertTrue(Mailbox.text(updated).contains("Severity: Critical"));
        assertEquals("Alert withdrawn: Second version", Mailbox.subject(retracted));
        assertTrue(Mailbox.text(retracted).contains("withdrawn"));
        assertFalse(Mailbox.raw(retracted).contains("mistake"), "the retraction reason stays with the moderators");
        await().atMost(WAIT)
                .until(() ->
                        Db.count("select count(*) from delivery where alert_id = ? and status = 'SENT'", alert) == 3);
    }

    @Test
    void dailySubscribersGetOneDigestAtTheConfiguredHour() {
        String area = Desk.newArea("daily");
        String email = Subscribers.newAddress("daily");
        Map<String, Object> body = Subscribers.request(email, area);
        body.put("cadence", "DAILY");
        Subscribers.active(mail, body);
        long first = Alerts.publish(area, "Morning one");
        long second = Alerts.publish(area, "Evening two");
        await().atMost(WAIT)
                .until(() ->
                        Db.count("select count(*) from delivery where alert_id in (?, ?) and digest", first, second)
                                == 2);
        assertEquals(1, Mailbox.to(mail, email).size(), "nothing before the digest hour (only the confirmation)");

        clock.advance(Duration.ofHours(25));
        MimeMessage digest = Mailbox.await(mail, email, 2).get(1);
        assertEquals("Daily digest: 2 alerts", Mailbox.subject(digest));
        String text = Mailbox.text(digest);
        assertTrue(text.contains("Morning one") && text.contains("Evening two"));
        // The mail reaches the server just before the sender's commit marks both rows.
        await().atMost(WAIT)
                .until(() -> Db.count(
                                "select count(*) from delivery where alert_id in (?, ?) and status = 'SENT'",
                                first,
                                second)
                        == 2);
    }

    @Test
    void aDeliveryIsRetriedAfterTheSmtpServerWasDown() {
        String area = Desk.newArea("retry");
        String email = Subscribers.newAddress("retry");
        Subscribers.active(mail, Subscribers.request(email, area));

        mail.stop();
        long alert = Alerts.publish(area, "Sent when the server is back");
        await().atMost(WAIT)
                .until(() -> Db.count(
                                "select count(*) from delivery where alert_id = ? and attempts >= 1 and status = 'QUEUED'",
                                alert)
                        == 1);
        assertTrue(
                Db.strings("select last_error from delivery where alert_id = ?", alert)
                        .get(0)
                        .matches("[A-Za-z]+( \\d{3})?"),
                "the error is named without the server's words");
        mail.start();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
            clock.advance(Duration.ofHours(3));
            return Db.count("select count(*) from delivery where alert_id = ? and status = 'SENT'", alert) == 1;
        });
        // A restarted GreenMail starts with empty mailboxes: exactly the alert, once.
        assertEquals(1, Mailbox.to(mail, email).size());
    }

    @Test
    void twoSendersAtOnceDeliverEachMailExactlyOnce() throws Exception {
        String area = Desk.newArea("twice");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String email = Subscribers.newAddress("once" + i);
            Map<String, Object> body = Subscribers.request(email, area);
            body.put("cadence", "DAILY");
            Subscribers.active(mail, body);
            addresses.add(email);
        }
        long alert = Alerts.publish(area, "Exactly once");
        await().atMost(WAIT)
                .until(() -> Db.count("select count(*) from delivery where alert_id = ?", alert) == addresses.size());

        clock.advance(Duration.ofHours(25));
        CompletableFuture<Void> a = CompletableFuture.runAsync(this::drainInSmallBatches);
        CompletableFuture<Void> b = CompletableFuture.runAsync(this::drainInSmallBatches);
        CompletableFuture.allOf(a, b).get();

        await().atMost(WAIT)
                .until(() -> Db.count("select count(*) from delivery where alert_id = ? and status = 'SENT'", alert)
                        == addresses.size());
        Set<String> ids = new HashSet<>();
        for (String email : addresses) {
            List<MimeMessage> got = Mailbox.await(mail, email, 2);
            assertTrue(ids.add(Mailbox.header(got.get(1), "Message-ID")), "Message-IDs differ per subscriber");
        }
        assertEquals(addresses.size(), ids.size());
    }

    @Test
    void adminsSeeFailedDeliveriesWithoutRecipientsAndRetryThem() {
        String area = Desk.newArea("failed");
        String email = Subscribers.newAddress("failed");
        Subscribers.active(mail, Subscribers.request(email, area));
        mail.stop();
        long alert = Alerts.publish(area, "Failed at first");
        await().atMost(WAIT)
                .until(() ->
                        Db.count("select count(*) from delivery where alert_id = ? and attempts >= 1", alert) == 1);
        Db.execute("update delivery set status = 'FAILED' where alert_id = " + alert);
        mail.start();
        long id = Db.count("select id from delivery where alert_id = ?", alert);
        String admin = StaffApi.token(StaffApi.ADMIN);

        RestAssured.given()
                .auth()
                .oauth2(admin)
                .queryParam("status", "FAILED")
                .queryParam("size", "100")
                .get("/api/v1/admin/deliveries")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("email")));
        Desk.moderator().get("/api/v1/admin/deliveries").then().statusCode(403);

        RestAssured.given()
                .auth()
                .oauth2(admin)
                .post("/api/v1/admin/deliveries/" + id + "/retry")
                .then()
                .statusCode(200)
                .body("status", equalTo("QUEUED"))
                .body("attempts", equalTo(0));
        Mailbox.await(mail, email, 1); // the restarted server's mailboxes start empty
        RestAssured.given()
                .auth()
                .oauth2(admin)
                .post("/api/v1/admin/deliveries/" + id + "/retry")
                .then()
                .statusCode(404);
        assertEquals(
                1,
                Db.count(
                        "select count(*) from audit_entry where action = 'DELIVERY_RETRIED' and target = ?",
                        "delivery:" + id));
    }

    @Test
    void adminsRetryFailedDeliveriesOnThePage() {
        String area = Desk.newArea("failedpage");
        String email = Subscribers.newAddress("failedpage");
        Subscribers.active(mail, Subscribers.request(email, area));
        long alert = Alerts.publish(area, "Failed on the page");
        Mailbox.await(mail, email, 2);
        await().atMost(WAIT)
                .until(() ->
                        Db.count("select count(*) from delivery where alert_id = ? and status = 'SENT'", alert) == 1);
        Db.execute("update delivery set status = 'FAILED', last_error = 'ConnectException' where alert_id = " + alert);
        long id = Db.count("select id from delivery where alert_id = ?", alert);
        PageSession admin = PageSession.of(StaffApi.ADMIN);
        String csrf = admin.csrf(DELIVERIES_PAGE);
        String page = admin.given()
                .get(DELIVERIES_PAGE + "?lang=en&status=FAILED")
                .then()
                .statusCode(200)
                .body(containsString("id=\"delivery-" + id + "\""))
                .body(containsString("ConnectException"))
                .extract()
                .asString();
        String local = email.substring(0, email.indexOf('@'));
        assertFalse(page.contains(local), "the page never names the subscriber");

        admin.form(csrf)
                .post(DELIVERIES_PAGE + "/" + id + "/retry")
                .then()
                .statusCode(303)
                .header("Location", containsString("done=delivery-retried"));
        Mailbox.await(mail, email, 3);
        admin.form(csrf).post(DELIVERIES_PAGE + "/" + id + "/retry").then().statusCode(404);
        admin.given()
                .get(DELIVERIES_PAGE + "?lang=nl&status=BOGUS")
                .then()
                .statusCode(400)
                .body(containsString("id=\"status-error\""));
        PageSession.of(StaffApi.MODERATOR).given().get(DELIVERIES_PAGE).then().statusCode(403);
    }

    @Test
    void subscribersReadCurrentAlertsInTheirAreasOnly() {
        String area = Desk.newArea("read");
        String email = Subscribers.newAddress("reader");
        String manage = Subscribers.active(mail, Subscribers.request(email, area));
        long live = Alerts.publish(area, "Still current");
        long gone = Alerts.publish(area, "Soon withdrawn");
        Alerts.retract(gone);
        long elsewhere = Alerts.publish(Desk.newArea("other"), "Not my area");

        Subscribers.withToken(manage)
                .get(Subscribers.ALERTS_PATH)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) live))
                .body("items[0].title", equalTo("Still current"))
                .body("items[0].summary", equalTo(Alerts.SUMMARY))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("reportReference")));
        Subscribers.withToken(manage)
                .get(Subscribers.ALERTS_PATH + "/" + live)
                .then()
                .statusCode(200)
                .body("severity", equalTo("HIGH"));
        String notFound = Subscribers.withToken(manage)
                .get(Subscribers.ALERTS_PATH + "/" + gone)
                .then()
                .statusCode(404)
                .extract()
                .asString();
        assertEquals(
                notFound,
                Subscribers.withToken(manage)
                        .get(Subscribers.ALERTS_PATH + "/" + elsewhere)
                        .then()
                        .statusCode(404)
                        .extract()
                        .asString());
        Subscribers.withToken("wrong").get(Subscribers.ALERTS_PATH).then().statusCode(404);
    }

    private void drainInSmallBatches() {
        while (sender.sendBatch(3) > 0) {
            // keep taking until nothing is due
        }
    }
}
