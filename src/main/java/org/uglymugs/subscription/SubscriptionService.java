package org.uglymugs.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import org.uglymugs.common.crypto.Cell;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.persistence.RandomIds;
import org.uglymugs.common.time.Minutes;
import org.uglymugs.common.web.RateLimited;
import org.uglymugs.common.web.RateLimiter;
import org.uglymugs.report.api.Category;
import org.uglymugs.subscription.api.Confirmed;
import org.uglymugs.subscription.api.Preferences;
import org.uglymugs.subscription.api.SubscriptionRequest;
import org.uglymugs.subscription.api.SubscriptionView;
import org.uglymugs.subscription.mail.ConfirmationMail;

/**
 * Double opt-in subscriptions. Subscribing a known address changes nothing about the existing
 * subscription: it only mails a fresh confirmation link (which, followed, issues a new manage link),
 * so the answer and the work are the same either way and nobody learns who is subscribed.
 */
@ApplicationScoped
public class SubscriptionService {

    /** Where the sealed address lives, bound to the subscriber's row (the delivery senders open it too). */
    public static Cell emailCell(long subscriberId) {
        return Cell.of("subscriber", "email_sealed", subscriberId);
    }

    static Cell noteCell(long subscriberId) {
        return Cell.of("subscriber", "note_sealed", subscriberId);
    }

    /** Where the sealed manage token lives (the delivery senders open it for the mails' links). */
    public static Cell manageTokenCell(long subscriberId) {
        return Cell.of("subscriber", "manage_token_sealed", subscriberId);
    }

    public static Cell unsubscribeTokenCell(long subscriberId) {
        return Cell.of("subscriber", "unsubscribe_token_sealed", subscriberId);
    }

    private static final Logger LOG = Logger.getLogger(SubscriptionService.class);

    private final SubscriptionChecks checks;
    private final SubscriptionTokens tokens;
    private final FieldCipher cipher;
    private final SubscriptionConfig config;
    private final Clock clock;
    private final Event<ConfirmationMail> confirmationMail;
    private final ActiveSubscribers active;
    private final RandomIds ids;

    public SubscriptionService(
            SubscriptionChecks checks,
            SubscriptionTokens tokens,
            FieldCipher cipher,
            SubscriptionConfig config,
            Clock clock,
            Event<ConfirmationMail> confirmationMail,
            ActiveSubscribers active,
            RandomIds ids) {
        this.checks = checks;
        this.tokens = tokens;
        this.cipher = cipher;
        this.config = config;
        this.clock = clock;
        this.confirmationMail = confirmationMail;
        this.active = active;
        this.ids = ids;
    }

    @Transactional
    @RateLimited(RateLimiter.Kind.SUBSCRIPTIONS)
    public void subscribe(SubscriptionRequest request) {
        String email = checks.check(request);
        OffsetDateTime now = Minutes.now(clock);
        Subscriber subscriber =
                Subscriber.byEmailHash(tokens.emailCandidates(email)).orElseGet(Subscriber::new);
        boolean known = subscriber.id != null && subscriber.status != SubscriberStatus.UNCONFIRMED;
        // Under the active HMAC key every time, so both paths do the same work.
        subscriber.emailHash = tokens.emailHash(email);
        if (subscriber.id == null) {
            subscriber.hashesKeyId = tokens.activeKeyId();
            subscriber.createdAt = now;
            subscriber.status = SubscriberStatus.UNCONFIRMED;
            subscriber.tokenGeneration = tokens.newGeneration();
            subscriber.id = ids.next("subscriber");
        }
        // Sealed again every time (a fresh IV, the active key), so both paths do the same work.
        subscriber.emailSealed = cipher.seal(email, emailCell(subscriber.id));
        if (!known) {
            apply(subscriber, request.preferences());
        }
        String token = tokens.newConfirmToken();
        subscriber.confirmTokenHash = tokens.confirmHash(token);
        subscriber.confirmExpiresAt = now.plus(config.tokenTtl());
        subscriber.persist();
        confirmationMail.fire(
                new ConfirmationMail(subscriber.id, request.language(), token, known, subscriber.confirmExpiresAt));
        LOG.debug("Subscription requested");
    }

    @Transactional
    @RateLimited(RateLimiter.Kind.RECEIPTS)
    public Confirmed confirm(String token) {
        OffsetDateTime now = Minutes.now(clock);
        Subscriber subscriber = Subscriber.byConfirmHash(tokens.confirmCandidates(token))
                .filter(s -> s.confirmExpiresAt != null && s.confirmExpiresAt.isAfter(now))
                .orElseThrow(SubscriberNotFound::forToken);
        subscriber.confirmTokenHash = null;
        subscriber.confirmExpiresAt = null;
        if (subscriber.status == SubscriberStatus.UNCONFIRMED) {
            subscriber.status = config.vetting() ? SubscriberStatus.PENDING_APPROVAL : SubscriberStatus.ACTIVE;
            subscriber.confirmedAt = now;
        }
        subscriber.tokenGeneration = tokens.newGeneration();
        active.forget(subscriber.id);
        String manage = tokens.manageToken(subscriber.id, subscriber.tokenGeneration);
        String unsubscribe = tokens.unsubscribeToken(subscriber.id, subscriber.tokenGeneration);
        subscriber.manageTokenHash = tokens.manageHash(manage);
        subscriber.unsubscribeTokenHash = tokens.unsubscribeHash(unsubscribe);
        subscriber.manageTokenSealed = cipher.seal(manage, manageTokenCell(subscriber.id));
        subscriber.unsubscribeTokenSealed = cipher.seal(unsubscribe, unsubscribeTokenCell(subscriber.id));
        // Every hash of the row is now under the active HMAC key (the address's made again from the sealed one).
        subscriber.emailHash = tokens.emailHash(cipher.open(subscriber.emailSealed, emailCell(subscriber.id)));
        subscriber.hashesKeyId = tokens.activeKeyId();
        LOG.debug("Subscription confirmed");
        return new Confirmed(subscriber.status, manage);
    }

    @Transactional
    @RateLimited(RateLimiter.Kind.RECEIPTS)
    public SubscriptionView view(String manageToken) {
        return view(find(manageToken));
    }

    @Transactional
    @RateLimited(RateLimiter.Kind.RECEIPTS)
    public SubscriptionView change(String manageToken, Preferences preferences) {
        Subscriber subscriber = find(manageToken);
        checks.check(preferences);
        apply(subscriber, preferences);
        active.forget(subscriber.id);
        LOG.debug("Subscription changed");
        return view(subscriber);
    }

    /** Deletes the subscription outright; its queued deliveries go with it. */
    @Transactional
    @RateLimited(RateLimiter.Kind.RECEIPTS)
    public void delete(String manageToken) {
        Subscriber subscriber = find(manageToken);
        subscriber.delete();
        active.forget(subscriber.id);
        LOG.debug("Subscription deleted by its subscriber");
    }

    /** One-click unsubscribe (RFC 8058): the same answer whether or not the token still names anyone. */
    @Transactional
    @RateLimited(RateLimiter.Kind.RECEIPTS)
    public void unsubscribe(String unsubscribeToken) {
        Subscriber.byUnsubscribeHash(tokens.unsubscribeCandidates(unsubscribeToken))
                .ifPresent(s -> {
                    s.delete();
                    active.forget(s.id);
                });
        LOG.debug("One-click unsubscribe");
    }

    /** The areas of the ACTIVE subscriber holding this token; the same 404 for anyone else. */
    @Transactional
    public Set<String> activeAreas(String manageToken) {
        Subscriber subscriber = find(manageToken);
        if (subscriber.status != SubscriberStatus.ACTIVE) {
            throw SubscriberNotFound.forToken();
        }
        return Set.copyOf(subscriber.areas);
    }

    Subscriber find(String manageToken) {
        return Subscriber.byManageHash(tokens.manageCandidates(manageToken)).orElseThrow(SubscriberNotFound::forToken);
    }

    private SubscriptionView view(Subscriber s) {
        return new SubscriptionView(
                cipher.open(s.emailSealed, emailCell(s.id)),
                s.status,
                Set.copyOf(s.areas),
                Set.copyOf(s.categories),
                s.minSeverity,
                s.language,
                s.cadence,
                s.discreet,
                cipher.open(s.noteSealed, noteCell(s.id)),
                s.createdAt.toLocalDate());
    }

    private void apply(Subscriber s, Preferences p) {
        s.areas = new TreeSet<>(p.areas());
        s.categories = p.categories() == null || p.categories().isEmpty()
                ? EnumSet.noneOf(Category.class)
                : EnumSet.copyOf(p.categories());
        s.minSeverity = p.minSeverity();
        s.language = p.language();
        s.cadence = p.cadence();
        s.discreet = Boolean.TRUE.equals(p.discreet());
        s.noteSealed = p.note() == null || p.note().isBlank()
                ? null
                : cipher.seal(p.note().strip(), noteCell(s.id));
    }
}
