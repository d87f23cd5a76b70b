package org.uglymugs.subscription.delivery;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.uglymugs.subscription.SubscriptionCleanup;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Mailbox;
import org.uglymugs.support.Subscribers;
import org.uglymugs.support.TestClock;

/** Confirmation mails go through the outbox: none lost to an outage or a burst, none sent twice. */
@QuarkusTest
class ConfirmationOutboxTest {

    private static final Duration WAIT = Duration.ofSeconds(75); // see Mailbox

    GreenMail mail;

    @Inject
    TestClock clock;

    @Inject
    SubscriptionCleanup cleanup;

    @AfterEach
    void restore() {
        clock.reset();
        if (!mail.isRunning()) {
            mail.start();
        }
    }

    @Test
    void aLinkRequestedWhileTheSmtpServerIsDownArrivesOnceItIsBack() {
        String email = Subscribers.newAddress("outage");
        mail.stop();
        Subscribers.subscribe(Subscribers.request(email, Desk.newArea("outage")));
        long subscriber = Db.count("select max(subscriber_id) from confirmation_mail");
        await().atMost(WAIT)
                .until(() -> Db.count(
                                "select count(*) from confirmation_mail where subscriber_id = ? and attempts >= 1",
                                subscriber)
                        == 1);

        mail.start();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
            clock.advance(Duration.ofMinutes(10));
            return Db.count("select count(*) from confirmation_mail where subscriber_id = ?", subscriber) == 0;
        });
        String token = Subscribers.confirmationToken(mail, email, 1);
        for (String row : Db.allRowsAsText()) {
            assertFalse(row.contains(token), "the sealed token is never stored in clear");
        }
        Subscribers.confirm(token);
    }

    @Test
    void aBurstOfRequestsLosesNoLink() throws Exception {
        String area = Desk.newArea("burst");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            addresses.add(Subscribers.newAddress("burst" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<?>> requests = new ArrayList<>();
            for (String email : addresses) {
                requests.add(pool.submit(() -> Subscribers.subscribe(Subscribers.request(email, area))));
            }
            for (Future<?> request : requests) {
                request.get();
            }
        } finally {
            pool.shutdown();
        }
        for (String email : addresses) {
            Subscribers.confirm(Subscribers.confirmationToken(mail, email, 1));
        }
        assertEquals(0, Db.count("select count(*) from confirmation_mail"));
    }

    @Test
    void aLinkThatExpiredBeforeItsMailCouldGoIsNeverSent() {
        String area = Desk.newArea("expired");
        String known = Subscribers.newAddress("known");
        Subscribers.active(mail, Subscribers.request(known, area));
        String fresh = Subscribers.newAddress("fresh");
        mail.stop();
        Subscribers.subscribe(Subscribers.request(known, area));
        Subscribers.subscribe(Subscribers.request(fresh, area));
        await().atMost(WAIT).until(() -> Db.count("select count(*) from confirmation_mail where attempts >= 1") >= 2);

        clock.advance(Duration.ofHours(49));
        cleanup.run();
        assertEquals(0, Db.count("select count(*) from confirmation_mail"));
        mail.start();
        clock.advance(Duration.ofHours(3));
        String after = Subscribers.newAddress("after");
        Subscribers.subscribe(Subscribers.request(after, area));
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
            clock.advance(Duration.ofMinutes(10)); // past any backoff
            return !Mailbox.to(mail, after).isEmpty(); // the outbox ran after the restart...
        });
        // ...and sent neither expired link (a restarted GreenMail starts with empty mailboxes)
        assertEquals(0, Mailbox.to(mail, known).size());
        assertEquals(0, Mailbox.to(mail, fresh).size());
    }
}
