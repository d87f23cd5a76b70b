package org.uglymugs.subscription.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import org.uglymugs.subscription.SubscriptionConfig;
import org.uglymugs.subscription.SubscriptionTokens;

/**
 * Links in mails, on the configured public base URL. Tokens go only into these mailed links; the
 * pages they open keep them in hidden form fields from then on.
 */
@ApplicationScoped
public class Links {

    private final String base;
    private final SubscriptionTokens tokens;

    public Links(SubscriptionConfig config, SubscriptionTokens tokens) {
        String url = config.baseUrl().strip();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.tokens = tokens;
    }

    public String confirm(String token) {
        return base + "/subscribe/confirm?token=" + token;
    }

    public String manage(Recipient r) {
        return base + "/subscription?token=" + manageToken(r);
    }

    /** Where a discreet mail leads: the current alerts, under a path that names nothing. */
    public String read(Recipient r) {
        return base + "/read?token=" + manageToken(r);
    }

    public String alert(Recipient r, long alertId) {
        return base + "/alerts/" + alertId + "?token=" + manageToken(r);
    }

    /** The page a person lands on from the mail's "Unsubscribe" link (a button POSTs it). */
    public String unsubscribePage(Recipient r) {
        return base + "/unsubscribe?token=" + unsubscribeToken(r);
    }

    /** The RFC 8058 one-click target: a POST there unsubscribes at once. */
    public String unsubscribe(Recipient r) {
        return base + "/api/v1/subscriptions/unsubscribe?token=" + unsubscribeToken(r);
    }

    public String subscribe() {
        return base + "/subscribe";
    }

    /** The domain part of our Message-IDs. */
    public String host() {
        String host = URI.create(base).getHost();
        return host == null ? "localhost" : host;
    }

    /** The row's sealed token (the same whatever HMAC key is active), else derived as before V27. */
    private String manageToken(Recipient r) {
        return r.manageToken() != null ? r.manageToken() : tokens.manageToken(r.subscriberId(), r.tokenGeneration());
    }

    private String unsubscribeToken(Recipient r) {
        return r.unsubscribeToken() != null
                ? r.unsubscribeToken()
                : tokens.unsubscribeToken(r.subscriberId(), r.tokenGeneration());
    }
}
