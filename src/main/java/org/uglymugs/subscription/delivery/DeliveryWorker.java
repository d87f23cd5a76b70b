package org.uglymugs.subscription.delivery;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Runs the outbox: confirmation mails, fan-out, then alert mails, until nothing is due. Started by every alert change's
 * and subscription request's commit and by a short poll (retries, digests, work another instance left behind). Within one
 * instance one run at a time; across instances the row locks keep senders apart.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final FanOut fanOut;
    private final Sender sender;
    private final ConfirmationSender confirmations;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public DeliveryWorker(FanOut fanOut, Sender sender, ConfirmationSender confirmations) {
        this.fanOut = fanOut;
        this.sender = sender;
        this.confirmations = confirmations;
    }

    @Scheduled(
            every = "${uglymugs.subscriptions.delivery.poll:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        // Not inline: the scheduler runs this on a Vert.x worker context, and the mailer delivers its
        // answers on the caller's context, in order, behind the task that waits for them: a send made
        // from here would wait for its own answer until the send timeout (the mail itself goes out).
        Infrastructure.getDefaultWorkerPool().execute(this::drain);
    }

    /** Every due confirmation mail first (someone is waiting for it); a failure here never holds up alerts. */
    private void sendConfirmations() {
        try {
            while (confirmations.sendBatch() > 0) {
                // batch by batch
            }
        } catch (RuntimeException e) {
            LOG.warnf(
                    "Confirmation mails stopped (%s); they resume on the next poll",
                    e.getClass().getSimpleName());
        }
    }

    /** Starts a run on a worker thread now (or right after the one in progress). */
    public void wake() {
        again.set(true);
        Infrastructure.getDefaultWorkerPool().execute(this::drain);
    }

    /** Fans out and sends until nothing is due; returns at once when a run is already going. */
    public void drain() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                sendConfirmations();
                while (fanOut.step()) {
                    // every pending event, batch by batch
                }
                while (sender.sendBatch() > 0) {
                    // every due delivery, batch by batch
                }
            } while (again.get());
        } catch (RuntimeException e) {
            // No message: it could carry a recipient's address. The rows stay queued for the next run.
            LOG.warnf(
                    "Delivery run stopped (%s); it resumes on the next poll",
                    e.getClass().getSimpleName());
        } finally {
            running.set(false);
        }
    }
}
