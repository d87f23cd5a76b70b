package org.uglymugs.subscription;

import org.uglymugs.common.error.ProblemException;

/** One answer for a wrong, expired, used or missing token: nothing tells them apart. */
public class SubscriberNotFound extends ProblemException {

    private SubscriberNotFound() {
        super(404, "subscription-not-found", "Subscription not found", null);
    }

    public static SubscriberNotFound forToken() {
        return new SubscriberNotFound();
    }

    public static SubscriberNotFound forId(long id) {
        return new SubscriberNotFound();
    }
}
