package org.uglymugs.subscription.mail;

import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Sends a confirmation link once the request has committed, without holding up the answer: the
 * answer comes as fast for a known address as for a new one. A lost confirmation costs the person
 * one more request, so these do not go through the outbox.
 */
@ApplicationScoped
public class ConfirmationMails {

    private static final Logger LOG = Logger.getLogger(ConfirmationMails.class);

    private final ReactiveMailer mailer;
    private final MailComposer composer;

    public ConfirmationMails(ReactiveMailer mailer, MailComposer composer) {
        this.mailer = mailer;
        this.composer = composer;
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfirmationMail mail) {
        mailer.send(composer.confirmation(mail))
                // A pooled connection the server closed fails the first try; a new one is opened.
                .onFailure()
                .retry()
                .withBackOff(Duration.ofMillis(200))
                .atMost(3)
                .subscribe()
                .with(
                        done -> LOG.debug("Confirmation mail sent"),
                        failure -> LOG.warnf(
                                "Confirmation mail not sent (%s)",
                                failure.getClass().getSimpleName()));
    }
}
