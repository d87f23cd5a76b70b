package org.uglymugs.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/** The hash chain: SHA-256 over the previous entry's hash and this entry's canonical content. */
final class AuditChain {

    static final byte[] GENESIS = new byte[32];

    private AuditChain() {}

    static byte[] hash(
            byte[] previous, long id, Instant at, String actor, String action, String target, String details) {
        String canonical =
                id + "\n" + at + "\n" + actor + "\n" + action + "\n" + (target == null ? "" : target) + "\n" + details;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous);
            return sha.digest(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
