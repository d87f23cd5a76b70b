package org.uglymugs.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.uglymugs.common.crypto.KeyedHash;

/**
 * The keyed hash chain: each entry's hash is HMAC-SHA256, under a key that lives outside the
 * database, over the previous entry's hash and every column of the entry in a length-prefixed
 * encoding (a null field is length -1, so it never hashes like an empty one). Whoever can write the
 * table but does not hold the key cannot recompute a chain after changing it.
 */
final class AuditChain {

    static final byte[] GENESIS = new byte[32];

    private static final byte[] ENTRY = "uglymugs-audit-entry-v2".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ANCHOR = "uglymugs-audit-anchor-v2".getBytes(StandardCharsets.UTF_8);
    private static final byte[] HEAD = "uglymugs-audit-head-v2".getBytes(StandardCharsets.UTF_8);

    private final byte[] key;

    /**
     * The chain under a purpose key of the configured HMAC key ({@code uglymugs.crypto.hmac-key}):
     * outside the database like every other key, and no second secret to keep and back up.
     */
    static AuditChain of(KeyedHash keyed) {
        return new AuditChain(keyed.hash("audit-chain", "chain-key"));
    }

    AuditChain(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the audit chain key must have at least 32 bytes");
        }
        this.key = key.clone();
    }

    byte[] hash(byte[] previous, long id, Instant at, String actor, String action, String target, String details) {
        return mac(new Encoder(ENTRY)
                .bytes(previous)
                .number(id)
                .time(at)
                .text(actor)
                .text(action)
                .text(target)
                .text(details)
                .done());
    }

    /** The signature of a starting point for verification: entries after {@code afterId} link to {@code previous}. */
    byte[] anchor(String kind, long afterId, byte[] previous, long dropped, Instant at) {
        return mac(new Encoder(ANCHOR)
                .text(kind)
                .number(afterId)
                .bytes(previous)
                .number(dropped)
                .time(at)
                .done());
    }

    /** The signature of a published head: the chain's newest entry, its hash, the entry count and when. */
    byte[] head(long id, byte[] hash, long count, Instant at) {
        return mac(
                new Encoder(HEAD).number(id).bytes(hash).number(count).time(at).done());
    }

    private byte[] mac(byte[] input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Fields in order, each a 4-byte length (-1 for null) and its bytes; numbers and times as 8 bytes. */
    static final class Encoder {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Encoder(byte[] domain) {
            bytes(domain);
        }

        Encoder bytes(byte[] value) {
            if (value == null) {
                out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                out.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
                out.writeBytes(value);
            }
            return this;
        }

        Encoder text(String value) {
            return bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }

        Encoder number(long value) {
            return bytes(ByteBuffer.allocate(8).putLong(value).array());
        }

        /** Microseconds since the epoch: what a {@code timestamptz} column keeps. */
        Encoder time(Instant at) {
            return number(Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000));
        }

        byte[] done() {
            return out.toByteArray();
        }
    }
}
