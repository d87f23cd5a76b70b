package org.uglymugs.subscription.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.uglymugs.subscription.SubscriptionConfig;

/**
 * Sends a batch of mails over the mailer's pooled SMTP connections at once and waits for all of
 * them, at most the configured send timeout. What the outbox's senders share, with the backoff rule.
 */
@ApplicationScoped
public class MailSends {

    /**
     * The next try after a failure, for an update of a row with an {@code attempts} column: base ×
     * 2^attempts, capped, × a random 50–100 %. Parameters: ?2 now, ?3 the cap and ?4 the base, in seconds.
     */
    static final String NEXT_ATTEMPT = "cast(?2 as timestamptz) + make_interval(secs => cast(least("
            + "cast(?3 as double precision), cast(?4 as double precision) * power(2, attempts)) "
            + "* (0.5 + random() / 2) as double precision))";

    private final ReactiveMailer mailer;
    private final SubscriptionConfig config;

    private final int concurrency;

    public MailSends(
            ReactiveMailer mailer,
            SubscriptionConfig config,
            @ConfigProperty(name = "quarkus.mailer.max-pool-size", defaultValue = "10") int poolSize) {
        this.mailer = mailer;
        this.config = config;
        this.concurrency = Math.max(1, poolSize);
    }

    /**
     * One outcome per mail, in order: null when it was sent (or there was nothing to send), else why
     * not. At most as many sends at once as the mailer's pool has connections: sends queued inside
     * the pool beyond that were seen to wait for ever now and then.
     */
    List<Throwable> sendAll(List<Mail> mails) {
        Throwable[] outcomes = new Throwable[mails.size()];
        try {
            Multi.createFrom()
                    .range(0, mails.size())
                    .onItem()
                    .transformToUni(i -> mails.get(i) == null
                            ? Uni.createFrom().voidItem()
                            // Once more at once: a pooled connection the server has closed fails
                            // the first try, and the retry opens a new one.
                            : mailer.send(mails.get(i))
                                    .onFailure()
                                    .retry()
                                    .atMost(1)
                                    .onFailure()
                                    .recoverWithItem(failure -> {
                                        outcomes[i] = failure;
                                        return null;
                                    }))
                    .merge(concurrency)
                    .collect()
                    .asList()
                    .await()
                    .atMost(config.delivery().sendTimeout());
            return Arrays.asList(outcomes);
        } catch (RuntimeException e) {
            // Timed out: some may have gone; those are sent again later (with the same Message-ID).
            List<Throwable> all = new ArrayList<>();
            mails.forEach(m -> all.add(e));
            return all;
        }
    }

    double backoffMaxSeconds() {
        return (double) config.delivery().backoffMax().toMillis() / 1000;
    }

    double backoffBaseSeconds() {
        return (double) config.delivery().backoffBase().toMillis() / 1000;
    }

    /** What went wrong, without a word of the server's reply (it may name the recipient). */
    static String label(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String code = message != null && message.matches("(?s)^\\s*[45]\\d\\d\\b.*")
                ? " " + message.strip().substring(0, 3)
                : "";
        return root.getClass().getSimpleName() + code;
    }
}
