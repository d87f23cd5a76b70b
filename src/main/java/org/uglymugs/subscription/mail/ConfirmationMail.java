package org.uglymugs.subscription.mail;

/**
 * A confirmation link to send once the subscription request has committed. Held in memory only;
 * never logged (it carries the address and the token).
 */
public record ConfirmationMail(String email, String language, String token, boolean alreadySubscribed) {

    @Override
    public String toString() {
        return "ConfirmationMail[…]";
    }
}
