package org.uglymugs.subscription.api;

/** The one answer to every well-formed subscription request, known address or not. */
public record SubscriptionAccepted(String status, String message) {

    public static final SubscriptionAccepted INSTANCE = new SubscriptionAccepted(
            "accepted", "If the address can receive mail, a confirmation link is on its way. It works for 48 hours.");
}
