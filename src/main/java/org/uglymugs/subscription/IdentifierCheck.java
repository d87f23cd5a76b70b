package org.uglymugs.subscription;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.uglymugs.alert.Alerts;
import org.uglymugs.alert.api.AlertSeverity;
import org.uglymugs.alert.api.IdentifierMatch;
import org.uglymugs.common.error.InputChecks;
import org.uglymugs.common.error.ProblemException;
import org.uglymugs.common.web.RateLimited;
import org.uglymugs.common.web.RateLimiter;
import org.uglymugs.report.api.IdentifierErrors;
import org.uglymugs.report.api.IdentifierNormaliser;
import org.uglymugs.report.api.NormalisedIdentifier;
import org.uglymugs.subscription.api.CheckAnswer;
import org.uglymugs.subscription.api.CheckRequest;

/**
 * "Has this number been reported?" for an ACTIVE subscriber: the value is normalised by intake's own
 * normaliser and matched by intake's keyed hash against the identifiers live alerts publish. The
 * value is never stored, logged or audited, and no exception carries it.
 *
 * <p>Limited per client (before anything, against token guessing) and per subscriber (after the
 * input is known to be valid: a mistyped number costs nothing).
 */
@ApplicationScoped
public class IdentifierCheck {

    private final ActiveSubscribers subscribers;
    private final InputChecks input;
    private final IdentifierNormaliser normaliser;
    private final Alerts alerts;
    private final RateLimiter limiter;

    public IdentifierCheck(
            ActiveSubscribers subscribers,
            InputChecks input,
            IdentifierNormaliser normaliser,
            Alerts alerts,
            RateLimiter limiter) {
        this.subscribers = subscribers;
        this.input = input;
        this.normaliser = normaliser;
        this.alerts = alerts;
        this.limiter = limiter;
    }

    @RateLimited(RateLimiter.Kind.CHECKS)
    public CheckAnswer check(String manageToken, CheckRequest request) {
        return answer(subscribers.require(manageToken), request);
    }

    /**
     * The same answer without holding a thread for it when it need not: with the subscriber in the
     * token cache and the live alert index current, all of it is in memory and worked out on the
     * calling (event-loop) thread; otherwise on a worker thread, where the statements may run. The
     * client's token is taken here, on the calling thread, once either way.
     */
    @RateLimited(RateLimiter.Kind.CHECKS)
    public Uni<CheckAnswer> checkWithoutBlocking(String manageToken, CheckRequest request) {
        Optional<ActiveSubscribers.Active> cached = subscribers.cached(manageToken);
        if (cached.isPresent() && alerts.matchesInMemory()) {
            return Uni.createFrom().item(() -> answer(cached.get(), request));
        }
        return Uni.createFrom()
                .item(() -> answer(subscribers.require(manageToken), request))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private CheckAnswer answer(ActiveSubscribers.Active subscriber, CheckRequest request) {
        NormalisedIdentifier identifier = normalise(request);
        limiter.consume(RateLimiter.Kind.SUBSCRIBER_CHECKS, "subscriber:" + subscriber.id());
        List<IdentifierMatch> matches = alerts.liveMatching(identifier);
        List<Long> listed = matches.stream()
                .filter(m -> !Collections.disjoint(m.areas(), subscriber.areas()))
                .map(IdentifierMatch::alertId)
                .toList();
        OffsetDateTime latest = matches.stream()
                .map(IdentifierMatch::changedAt)
                .max(Comparator.naturalOrder())
                .orElse(null);
        AlertSeverity highest = matches.stream()
                .map(IdentifierMatch::severity)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new CheckAnswer(matches.size(), latest, highest, listed);
    }

    private NormalisedIdentifier normalise(CheckRequest request) {
        input.check(request);
        if (IdentifierErrors.lacksPlatform(request.type(), request.platform())) {
            throw ProblemException.invalid(List.of(IdentifierErrors.platformRequired("platform")));
        }
        return normaliser
                .normalise(request.type(), request.value(), request.platform())
                .orElseThrow(
                        () -> ProblemException.invalid(List.of(IdentifierErrors.invalid("value", request.type()))));
    }
}
