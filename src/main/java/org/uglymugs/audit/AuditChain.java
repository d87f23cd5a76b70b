package org.uglymugs.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /** Id of a chain made from a key given by hand (tests): no HMAC key's fingerprint. */
    static final String GIVEN = "given";

    /** Chain keys by HMAC key id, the active one first. */
    private final List<String> ids;

    private final List<byte[]> keys;

    /**
     * The chain under a purpose key of the configured HMAC key ({@code uglymugs.crypto.hmac-key}):
     * outside the database like every other key, and no second secret to keep and back up. After an
     * HMAC key rotation the previous keys' chain keys verify what was chained under them (see
     * {@link AuditLog#check()}); new entries, anchors and heads are made under the active one.
     */
    static AuditChain of(KeyedHash keyed) {
        List<byte[]> keys = new ArrayList<>();
        for (String id : keyed.keyIds()) {
            keys.add(keyed.hashUnder(id, "audit-chain", "chain-key"));
        }
        return new AuditChain(keyed.keyIds(), keys);
    }

    AuditChain(byte[] key) {
        this(List.of(GIVEN), List.of(key));
    }

    private AuditChain(List<String> ids, List<byte[]> keys) {
        for (byte[] key : keys) {
            if (key.length < 32) {
                throw new IllegalArgumentException("the audit chain key must have at least 32 bytes");
            }
        }
        this.ids = List.copyOf(ids);
        this.keys = keys.stream().map(byte[]::clone).toList();
    }

    /** The HMAC key id new entries are chained under. */
    String activeKeyId() {
        return ids.get(0);
    }

    /** Whether more than one key is configured (an HMAC key rotation is going on). */
    boolean rotating() {
        return ids.size() > 1;
    }

    boolean configured(String keyId) {
        return ids.contains(keyId);
    }

    /** The id of the configured key an entry's stored hash was made under; empty when none made it. */
    Optional<String> keyIdOf(
            byte[] stored,
            byte[] previous,
            long id,
            Instant at,
            String actor,
            String action,
            String target,
            String details) {
        byte[] input = entry(previous, id, at, actor, action, target, details);
        String found = null;
        for (int i = 0; i < keys.size(); i++) {
            // Every key tried, whichever matches: the answer takes as long either way.
            if (MessageDigest.isEqual(mac(keys.get(i), input), stored) && found == null) {
                found = ids.get(i);
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether an anchor's signature was made under any configured key. */
    boolean validAnchor(byte[] mac, String kind, long afterId, byte[] previous, long dropped, Instant at) {
        return anyMatch(mac, anchorInput(kind, afterId, previous, dropped, at));
    }

    /** Whether a published head's signature was made under any configured key. */
    boolean validHead(byte[] mac, long id, byte[] hash, long count, Instant at) {
        return anyMatch(mac, headInput(id, hash, count, at));
    }

    private boolean anyMatch(byte[] mac, byte[] input) {
        boolean match = false;
        for (byte[] key : keys) {
            match |= MessageDigest.isEqual(mac(key, input), mac);
        }
        return match;
    }

    byte[] hash(byte[] previous, long id, Instant at, String actor, String action, String target, String details) {
        return mac(keys.get(0), entry(previous, id, at, actor, action, target, details));
    }

    private static byte[] entry(
            byte[] previous, long id, Instant at, String actor, String action, String target, String details) {
        return new Encoder(ENTRY)
                .bytes(previous)
                .number(id)
                .time(at)
                .text(actor)
                .text(action)
                .text(target)
                .text(details)
                .done();
    }

    /** The signature of a starting point for verification: entries after {@code afterId} link to {@code previous}. */
    byte[] anchor(String kind, long afterId, byte[] previous, long dropped, Instant at) {
        return mac(keys.get(0), anchorInput(kind, afterId, previous, dropped, at));
    }

    private static byte[] anchorInput(String kind, long afterId, byte[] previous, long dropped, Instant at) {
        return new Encoder(ANCHOR)
                .text(kind)
                .number(afterId)
                .bytes(previous)
                .number(dropped)
                .time(at)
                .done();
    }

    /** The signature of a published head: the chain's newest entry, its hash, the entry count and when. */
    byte[] head(long id, byte[] hash, long count, Instant at) {
        return mac(keys.get(0), headInput(id, hash, count, at));
    }

    private static byte[] headInput(long id, byte[] hash, long count, Instant at) {
        return new Encoder(HEAD).number(id).bytes(hash).number(count).time(at).done();
    }

    private static byte[] mac(byte[] key, byte[] input) {
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
