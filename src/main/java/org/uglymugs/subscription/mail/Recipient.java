package org.uglymugs.subscription.mail;

/** Who one mail goes to: one address only, never a list. Never logged. */
public record Recipient(long subscriberId, String email, String language, boolean discreet, long tokenGeneration) {

    @Override
    public String toString() {
        return "Recipient[" + subscriberId + "]";
    }
}
