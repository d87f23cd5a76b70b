package org.uglymugs.subscription;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** Subscriptions and alert delivery; mail transport itself is Quarkus's own {@code quarkus.mailer.*}. */
@ConfigMapping(prefix = "uglymugs.subscriptions")
public interface SubscriptionConfig {

    /** A confirmed subscriber waits for a moderator's approval before receiving anything. */
    @WithDefault("true")
    boolean vetting();

    /** How long a confirmation link works; unconfirmed subscriptions are deleted after it. */
    @WithDefault("PT48H")
    Duration tokenTtl();

    /**
     * How long an instance trusts its cached manage-token look-up (the check and the area sheet);
     * changes made through another instance take effect here at the latest after this long.
     */
    @WithDefault("PT30S")
    Duration tokenCacheTtl();

    /** The public https address of the site, for links in mails (no trailing slash). */
    String baseUrl();

    Mail mail();

    Digest digest();

    Delivery delivery();

    interface Mail {
        /** Sender name of ordinary alert mails. */
        @WithDefault("Ugly Mugs alerts")
        String senderName();

        /** Sender name of discreet mails: nothing that tells what the mail is about. */
        @WithDefault("Your update")
        String discreetSenderName();

        /** Sender address of discreet mails, when quarkus.mailer.from says too much (e.g. alerts@…). */
        Optional<String> discreetFrom();

        /** Subject of discreet mails. */
        @WithDefault("Your update")
        String discreetSubject();
    }

    interface Digest {
        /** Hour of the day (0–23) the daily digest goes out. */
        @WithDefault("7")
        int hour();

        /** Time zone of that hour. */
        @WithDefault("Europe/London")
        ZoneId zone();
    }

    interface Delivery {
        /** Deliveries one sender takes and sends at once. */
        @WithDefault("500")
        int batchSize();

        /** Subscribers one fan-out step expands an alert to. */
        @WithDefault("2000")
        int fanOutBatch();

        /** Tries before a delivery is FAILED (an admin may retry it). */
        @WithDefault("8")
        int maxAttempts();

        /** Wait after the first failure; doubled each further failure, with jitter, up to backoff-max. */
        @WithDefault("PT30S")
        Duration backoffBase();

        @WithDefault("PT2H")
        Duration backoffMax();

        /** How long a sender waits for the SMTP server to take one batch. */
        @WithDefault("PT60S")
        Duration sendTimeout();

        /** How often each instance looks for due work (retries, digests, events another instance left). */
        @WithDefault("1s")
        String poll();

        /** How long sent deliveries are kept (for the metrics and the admins), then deleted. */
        @WithDefault("P14D")
        Duration keepSent();
    }
}
