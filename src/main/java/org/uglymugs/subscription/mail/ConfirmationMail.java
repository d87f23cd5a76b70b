package org.uglymugs.subscription.mail;

import java.time.OffsetDateTime;

/**
 * A confirmation link to send for a subscription request, queued in the request's transaction and
 * sent from the outbox. Never logged (it carries the token).
 */
public record ConfirmationMail(
        long subscriberId, String language, String token, boolean alreadySubscribed, OffsetDateTime expiresAt) {

    @Override
    public String toString() {
        return "ConfirmationMail[…]";
    }
}
