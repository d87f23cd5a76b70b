package org.uglymugs.subscription.mail;

/**
 * Who one mail goes to: one address only, never a list. Never logged. {@code manageToken} and
 * {@code unsubscribeToken}: the row's sealed link tokens, opened (null on a row from before they were
 * kept: the links derive them then).
 */
public record Recipient(
        long subscriberId,
        String email,
        String language,
        boolean discreet,
        long tokenGeneration,
        String manageToken,
        String unsubscribeToken) {

    public Recipient(long subscriberId, String email, String language, boolean discreet, long tokenGeneration) {
        this(subscriberId, email, language, discreet, tokenGeneration, null, null);
    }

    @Override
    public String toString() {
        return "Recipient[" + subscriberId + "]";
    }
}
