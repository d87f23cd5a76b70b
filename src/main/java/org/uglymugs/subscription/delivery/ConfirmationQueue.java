package org.uglymugs.subscription.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.uglymugs.common.crypto.Cell;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.time.Minutes;
import org.uglymugs.subscription.mail.ConfirmationMail;

/**
 * Queues a confirmation mail inside the subscription request's transaction: the request and the
 * promise to mail its link commit together. Every request does the same work, known address or not.
 */
@ApplicationScoped
public class ConfirmationQueue {

    /** The field name the token is sealed under (binds the ciphertext to this column). */
    /** The sealed link token, bound to its row (keyed by the subscriber). */
    static Cell tokenCell(long subscriberId) {
        return Cell.of("confirmation_mail", "token_sealed", subscriberId);
    }

    private static final String QUEUE = "insert into confirmation_mail (subscriber_id, token_sealed, language, "
            + "already_subscribed, attempts, next_attempt_at, expires_at) values (?1, ?2, ?3, ?4, 0, ?5, ?6) "
            + "on conflict (subscriber_id) do update set token_sealed = excluded.token_sealed, "
            + "language = excluded.language, already_subscribed = excluded.already_subscribed, attempts = 0, "
            + "next_attempt_at = excluded.next_attempt_at, expires_at = excluded.expires_at, last_error = null";

    private final EntityManager em;
    private final FieldCipher cipher;
    private final Clock clock;
    private final DeliveryWorker worker;

    public ConfirmationQueue(EntityManager em, FieldCipher cipher, Clock clock, DeliveryWorker worker) {
        this.em = em;
        this.cipher = cipher;
        this.clock = clock;
        this.worker = worker;
    }

    void queue(@Observes ConfirmationMail mail) {
        em.flush(); // the subscriber row first: the queued mail references it
        em.createNativeQuery(QUEUE)
                .setParameter(1, mail.subscriberId())
                .setParameter(2, cipher.seal(mail.token(), tokenCell(mail.subscriberId())))
                .setParameter(3, mail.language())
                .setParameter(4, mail.alreadySubscribed())
                .setParameter(5, Minutes.now(clock)) // a subscriber's action: to the minute
                .setParameter(6, mail.expiresAt())
                .executeUpdate();
    }

    /** After the commit, send at once instead of waiting for the next poll. */
    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfirmationMail mail) {
        worker.wake();
    }
}
