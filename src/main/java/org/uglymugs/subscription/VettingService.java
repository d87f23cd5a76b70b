package org.uglymugs.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.uglymugs.common.audit.AuditAction;
import org.uglymugs.common.audit.AuditTrail;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.web.Page;
import org.uglymugs.common.web.PageRequest;
import org.uglymugs.subscription.api.PendingSubscriber;

/** Moderators vet confirmed subscribers when {@code uglymugs.subscriptions.vetting} is on. */
@ApplicationScoped
public class VettingService {

    private static final Logger LOG = Logger.getLogger(VettingService.class);

    private final FieldCipher cipher;
    private final AuditTrail audit;

    public VettingService(FieldCipher cipher, AuditTrail audit) {
        this.cipher = cipher;
        this.audit = audit;
    }

    /** Subscribers waiting for approval, the longest waiting first. */
    @Transactional
    public Page<PendingSubscriber> pending(PageRequest page) {
        List<PendingSubscriber> items = Subscriber.<Subscriber>find(
                        "status = ?1 order by confirmedAt, id", SubscriberStatus.PENDING_APPROVAL)
                .page(page.page(), page.size())
                .list()
                .stream()
                .map(this::view)
                .toList();
        long total = Subscriber.count("status", SubscriberStatus.PENDING_APPROVAL);
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Transactional
    public PendingSubscriber approve(String actor, long id) {
        Subscriber subscriber = pendingOne(id);
        PendingSubscriber view = view(subscriber);
        subscriber.status = SubscriberStatus.ACTIVE;
        audit.record(actor, AuditAction.SUBSCRIBER_APPROVED, "subscriber:" + id, Map.of());
        LOG.debug("Subscriber approved");
        return view;
    }

    /** Deletes the subscription: a rejected person keeps nothing here. */
    @Transactional
    public void reject(String actor, long id, String reason) {
        Subscriber subscriber = pendingOne(id);
        subscriber.delete();
        audit.record(actor, AuditAction.SUBSCRIBER_REJECTED, "subscriber:" + id, Map.of("reason", reason.strip()));
        LOG.debug("Subscriber rejected");
    }

    private static Subscriber pendingOne(long id) {
        Subscriber subscriber = Subscriber.findById(id);
        if (subscriber == null || subscriber.status != SubscriberStatus.PENDING_APPROVAL) {
            throw SubscriberNotFound.forId(id);
        }
        return subscriber;
    }

    private PendingSubscriber view(Subscriber s) {
        return new PendingSubscriber(
                s.id,
                cipher.open(s.emailSealed, SubscriptionService.emailCell(s.id)),
                cipher.open(s.noteSealed, SubscriptionService.noteCell(s.id)),
                s.confirmedAt == null ? null : s.confirmedAt.toLocalDate());
    }
}
