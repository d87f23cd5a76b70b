package org.uglymugs.subscription.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.subscription.SubscriptionConfig;
import org.uglymugs.subscription.SubscriptionService;
import org.uglymugs.subscription.mail.MailComposer;

/**
 * Sends queued confirmation mails as {@link Sender} sends alerts: due rows taken with {@code FOR
 * UPDATE SKIP LOCKED}, sent with the transaction suspended, then deleted (sent) or put off with
 * the outbox's backoff. A link that expired meanwhile is not sent; its row goes.
 */
@ApplicationScoped
public class ConfirmationSender {

    private static final Logger LOG = Logger.getLogger(ConfirmationSender.class);

    private static final String TAKE = "select c.subscriber_id, c.token_sealed, c.language, c.already_subscribed, "
            + "s.email_sealed from confirmation_mail c join subscriber s on s.id = c.subscriber_id "
            + "where c.next_attempt_at <= ?1 and c.expires_at > ?1 "
            + "order by c.next_attempt_at, c.subscriber_id limit ?2 for update of c skip locked";
    private static final String DONE =
            "delete from confirmation_mail where subscriber_id = any(string_to_array(?1, ',')::bigint[])";
    private static final String FAILED = "update confirmation_mail set attempts = attempts + 1, "
            + "next_attempt_at = " + MailSends.NEXT_ATTEMPT + ", last_error = cast(?5 as varchar) "
            + "where subscriber_id = any(string_to_array(?1, ',')::bigint[])";

    private final EntityManager em;
    private final MailSends sends;
    private final MailComposer composer;
    private final FieldCipher cipher;
    private final SubscriptionConfig config;
    private final Clock clock;

    public ConfirmationSender(
            EntityManager em,
            MailSends sends,
            MailComposer composer,
            FieldCipher cipher,
            SubscriptionConfig config,
            Clock clock) {
        this.em = em;
        this.sends = sends;
        this.composer = composer;
        this.cipher = cipher;
        this.config = config;
        this.clock = clock;
    }

    /** Sends one batch of due confirmation mails; the number taken (0: nothing was due). */
    public int sendBatch() {
        int timeout = (int) Math.max(10, config.delivery().sendTimeout().toSeconds() * 2);
        return QuarkusTransaction.requiringNew().timeout(timeout).call(this::takeAndSend);
    }

    private int takeAndSend() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<?> rows = em.createNativeQuery(TAKE)
                .setParameter(1, now)
                .setParameter(2, config.delivery().batchSize())
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Long> ids = new ArrayList<>();
        List<Mail> mails = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            ids.add(((Number) r[0]).longValue());
            mails.add(composer.confirmation(
                    cipher.open((byte[]) r[4], SubscriptionService.emailCell(((Number) r[0]).longValue())),
                    (String) r[2],
                    cipher.open((byte[]) r[1], ConfirmationQueue.tokenCell(((Number) r[0]).longValue())),
                    (Boolean) r[3]));
        }
        List<Throwable> outcomes = QuarkusTransaction.suspendingExisting().call(() -> sends.sendAll(mails));
        List<Long> sent = new ArrayList<>();
        Map<String, List<Long>> failed = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Throwable failure = outcomes.get(i);
            if (failure == null) {
                sent.add(ids.get(i));
            } else {
                failed.computeIfAbsent(MailSends.label(failure), k -> new ArrayList<>())
                        .add(ids.get(i));
            }
        }
        if (!sent.isEmpty()) {
            em.createNativeQuery(DONE).setParameter(1, join(sent)).executeUpdate();
            LOG.debugf("%d confirmation mails sent", sent.size());
        }
        for (Map.Entry<String, List<Long>> f : failed.entrySet()) {
            em.createNativeQuery(FAILED)
                    .setParameter(1, join(f.getValue()))
                    .setParameter(2, now)
                    .setParameter(3, sends.backoffMaxSeconds())
                    .setParameter(4, sends.backoffBaseSeconds())
                    .setParameter(5, f.getKey())
                    .executeUpdate();
            LOG.warnf(
                    "%d confirmation mails not sent (%s); tried again later",
                    f.getValue().size(), f.getKey());
        }
        return rows.size();
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
