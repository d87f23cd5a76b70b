package org.uglymugs.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.uglymugs.common.crypto.KeyedHash;

/**
 * The subscriber's secrets. A confirmation token is random and sent once. The manage and the
 * one-click unsubscribe tokens are derived from the server secret, the row and a random generation
 * when a generation starts (a new confirmation, which revokes both), and kept sealed on the row, so
 * every mail carries the same links whatever HMAC key is active later; look-ups use their keyed
 * hashes. Anything, even null, hashes: a miss costs what a hit costs. Look-ups take the hashes under
 * every configured HMAC key ({@code *Candidates}), so links and confirmations made before an HMAC
 * key rotation keep working.
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

    /** The hashes under {@code under}'s active HMAC key (HMAC key rotation re-hashes with these). */
    static byte[] emailHash(KeyedHash under, String normalisedEmail) {
        return under.hash(EMAIL, normalisedEmail);
    }

    static byte[] manageHash(KeyedHash under, String token) {
        return under.hash(MANAGE, token);
    }

    static byte[] unsubscribeHash(KeyedHash under, String token) {
        return under.hash(UNSUBSCRIBE, token);
    }

    List<byte[]> emailCandidates(String normalisedEmail) {
        return hash.candidates(EMAIL, normalisedEmail);
    }

    List<byte[]> confirmCandidates(String token) {
        return hash.candidates(CONFIRM, token == null ? "" : token.strip());
    }

    List<byte[]> manageCandidates(String token) {
        return hash.candidates(MANAGE, token == null ? "" : token.strip());
    }

    List<byte[]> unsubscribeCandidates(String token) {
        return hash.candidates(UNSUBSCRIBE, token == null ? "" : token.strip());
    }

    /** The HMAC key new hashes are made under. */
    String activeKeyId() {
        return hash.activeKeyId();
    }

    /**
     * The manage and unsubscribe tokens a row from before V27 was given, derived again under the
     * configured HMAC key whose hash of the manage token is the stored one; empty when none is.
     */
    Optional<String[]> derivedBefore(long subscriberId, long generation, byte[] storedManageHash) {
        for (String keyId : hash.keyIds()) {
            String manage = derive(keyId, MANAGE, subscriberId, generation);
            if (java.security.MessageDigest.isEqual(hash.hashUnder(keyId, MANAGE, manage), storedManageHash)) {
                return Optional.of(new String[] {manage, derive(keyId, UNSUBSCRIBE, subscriberId, generation)});
            }
        }
        return Optional.empty();
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
        return derive(hash.activeKeyId(), purpose, id, generation);
    }

    private String derive(String keyId, String purpose, long id, long generation) {
        byte[] input = ByteBuffer.allocate(16).putLong(id).putLong(generation).array();
        return URL.encodeToString(hash.hashUnder(
                keyId, DERIVE + purpose, new String(Base64.getEncoder().encode(input), StandardCharsets.US_ASCII)));
    }
}
