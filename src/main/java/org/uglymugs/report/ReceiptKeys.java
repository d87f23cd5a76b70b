package org.uglymugs.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.List;
import org.uglymugs.common.crypto.KeyedHash;
import org.uglymugs.report.api.ReceiptFormat;

/**
 * Receipt keys: 160 random bits in Crockford base32, grouped for reading aloud or copying by hand
 * ({@code 7KQ2-M9XD-…}). Only the keyed hash is stored; a lost receipt cannot be recovered.
 */
@ApplicationScoped
class ReceiptKeys {

    private static final int CHARS = 32;
    private static final String PURPOSE = "receipt";

    private final SecureRandom random = new SecureRandom();
    private final KeyedHash hash;

    ReceiptKeys(KeyedHash hash) {
        this.hash = hash;
    }

    String generate() {
        return Crockford.random(random, CHARS, 4);
    }

    /**
     * The stored form of a receipt as typed by a person: case, spaces and dashes do not matter,
     * and the look-alikes I/L/O read as 1/1/0. Anything (even null) hashes, so a wrong key costs
     * the same work as a right one.
     */
    byte[] hashOf(String typed) {
        String canonical = ReceiptFormat.canonical(typed);
        return hash.hash(PURPOSE, canonical);
    }

    /** Its stored form under every configured HMAC key, the active key's first (all always computed). */
    List<byte[]> candidates(String typed) {
        return hash.candidates(PURPOSE, ReceiptFormat.canonical(typed));
    }

    /** The HMAC key {@link #hashOf} hashes under. */
    String activeKeyId() {
        return hash.activeKeyId();
    }
}
