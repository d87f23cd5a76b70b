package org.uglymugs.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.uglymugs.common.crypto.KeyedHash;

/**
 * The subscriber's secrets. A confirmation token is random and sent once. The manage and the
 * one-click unsubscribe tokens are derived from the server secret, the row and a random generation,
 * so every mail can carry them while the database holds only their keyed hashes; a new generation
 * (a new confirmation) revokes both. Anything, even null, hashes: a miss costs what a hit costs.
 */
@ApplicationScoped
public class SubscriptionTokens {

    private static final String CONFIRM = "subscription.confirm";
    private static final String MANAGE = "subscription.manage";
    private static final String UNSUBSCRIBE = "subscription.unsubscribe";
    private static final String DERIVE = "subscription.derive.";
    private static final String EMAIL = "subscription.email";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final KeyedHash hash;

    public SubscriptionTokens(KeyedHash hash) {
        this.hash = hash;
    }

    public String newConfirmToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return URL.encodeToString(bytes);
    }

    public long newGeneration() {
        return random.nextLong() & Long.MAX_VALUE;
    }

    public byte[] emailHash(String normalisedEmail) {
        return hash.hash(EMAIL, normalisedEmail);
    }

    public byte[] confirmHash(String token) {
        return hash.hash(CONFIRM, token == null ? "" : token.strip());
    }

    public String manageToken(long subscriberId, long generation) {
        return derive(MANAGE, subscriberId, generation);
    }

    public byte[] manageHash(String token) {
        return hash.hash(MANAGE, token == null ? "" : token.strip());
    }

    public String unsubscribeToken(long subscriberId, long generation) {
        return derive(UNSUBSCRIBE, subscriberId, generation);
    }

    public byte[] unsubscribeHash(String token) {
        return hash.hash(UNSUBSCRIBE, token == null ? "" : token.strip());
    }

    /** A stable, meaningless id for a mail, derived from what makes it unique (RFC 5322 Message-ID left part). */
    public String messageKey(String key) {
        byte[] digest = hash.hash("subscription.message-id", key);
        return HexFormat.of().formatHex(digest, 0, 20);
    }

    private String derive(String purpose, long id, long generation) {
        byte[] input = ByteBuffer.allocate(16).putLong(id).putLong(generation).array();
        return URL.encodeToString(
                hash.hash(DERIVE + purpose, new String(Base64.getEncoder().encode(input), StandardCharsets.US_ASCII)));
    }
}
