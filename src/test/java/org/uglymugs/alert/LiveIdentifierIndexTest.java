package org.uglymugs.alert;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.uglymugs.support.Fixtures.identifier;

import com.icegreen.greenmail.util.GreenMail;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.uglymugs.support.Checks;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Subscribers;

/**
 * The check's in-memory index follows changes written by anyone (here by SQL, as another instance or
 * an operator would), and answers only while it is current: with its connection gone the check reads
 * the database, and after it is back the index is read whole again.
 */
@QuarkusTest
class LiveIdentifierIndexTest {

    GreenMail mail;

    @Inject
    LiveIndexListener listener;

    @Inject
    LiveIdentifierIndex index;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aChangeAnotherWriterCommitsReachesTheIndex() {
        Published p = publish("index-notify");
        awaitTrue(listener::current, "the index is current");

        Db.execute("update alert set status = 'RETRACTED' where id = " + p.alert());
        awaitTrue(() -> matches(p) == 0, "a retraction by SQL stops counting");
        Db.execute("update alert set status = 'ISSUED' where id = " + p.alert());
        awaitTrue(() -> matches(p) == 1, "and counts again when undone");
        Db.execute("delete from alert_area where alert_id = " + p.alert());
        awaitTrue(
                () -> Checks.check(p.token(), "PHONE", p.phone())
                        .extract()
                        .path("alerts")
                        .toString()
                        .equals("[]"),
                "an alert taken out of the subscriber's area is counted but no longer listed");
        Checks.check(p.token(), "PHONE", p.phone()).statusCode(200).body("matches", equalTo(1));
    }

    @Test
    void withItsConnectionGoneTheCheckReadsTheDatabaseAndTheIndexIsReadAgainAfter() {
        Published p = publish("index-down");
        awaitTrue(listener::current, "the index is current");
        int before = listener.backendPid();

        // Its backend killed, as a PostgreSQL restart would: it connects again and reads everything.
        Db.execute("select pg_terminate_backend(" + before + ")");
        awaitTrue(() -> listener.current() && listener.backendPid() != before, "the index is back");
        assertNotEquals(before, listener.backendPid());
        Checks.check(p.token(), "PHONE", p.phone()).statusCode(200).body("alerts", contains((int) p.alert()));

        // Stopped: nothing follows the changes, and the check still sees one at once.
        int following = listener.backendPid();
        listener.stop();
        try {
            assertTrue(!listener.current());
            // Its connection is closed, not given back to the pool still listening.
            awaitTrue(
                    () -> Db.count("select count(*) from pg_stat_activity where pid = ?", following) == 0,
                    "the listening backend is gone");
            Db.execute("update alert set status = 'RETRACTED' where id = " + p.alert());
            assertEquals(0, matches(p), "read from the database");
        } finally {
            listener.start();
        }
        awaitTrue(listener::current, "the index is current again");
        assertEquals(0, matches(p), "read whole again after it was back");
    }

    @Test
    void aCheckWhileTheIndexIsReadAgainFindsTheAlertBeforeOrAfterNeverNeither() throws Exception {
        Published p = publish("index-swap");
        awaitTrue(listener::current, "the index is current");
        byte[] hash = HexFormat.of()
                .parseHex(Db.strings(
                                "select encode(value_hash, 'hex') from alert_identifier where alert_id = ?", p.alert())
                        .get(0));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong reads = new AtomicLong();
        AtomicLong misses = new AtomicLong();
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                if (index.matching(List.of(hash)).isEmpty()) {
                    misses.incrementAndGet();
                }
                reads.incrementAndGet();
            }
        });
        reader.start();
        try {
            for (int i = 0; i < 300; i++) {
                index.reload(List.of(p.alert()));
            }
            try (Connection c = dataSource.getConnection()) {
                for (int i = 0; i < 20; i++) {
                    index.reload(c);
                }
            }
        } finally {
            stop.set(true);
            reader.join();
        }
        assertTrue(reads.get() > 0);
        assertEquals(0, misses.get(), () -> misses.get() + " of " + reads.get() + " look-ups missed a live alert");
    }

    private record Published(String token, String phone, long alert) {}

    private Published publish(String name) {
        String area = Desk.newArea(name);
        String token = Subscribers.active(mail, Subscribers.request(Subscribers.newAddress(name), area));
        String phone = "07400 " + Checks.digits();
        Desk.Filed filed = Checks.file(List.of(identifier("PHONE", phone)));
        long alert = Checks.publish(filed.reference(), List.of(area));
        Checks.check(token, "PHONE", phone).statusCode(200).body("alerts", contains((int) alert));
        return new Published(token, phone, alert);
    }

    private static int matches(Published p) {
        return Checks.check(p.token(), "PHONE", p.phone())
                .statusCode(200)
                .extract()
                .path("matches");
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        await(what)
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20))
                .until(condition::getAsBoolean);
    }
}
