package org.uglymugs.common.crypto;

import java.util.Map;

/**
 * Keyed hashes a feature stores ({@link KeyedHash}) together with the id of the HMAC key they were
 * made under: what HMAC key rotation counts per key id and, where the value can be recomputed from
 * what is stored sealed, re-hashes under the active key. Receipts cannot be recomputed (only their
 * hash is stored): they are re-hashed when a reporter uses one, and counted here until then.
 */
public interface HashedColumn {

    /** Id used for rows made before key ids were recorded: {@code null} in the column. */
    String UNRECORDED = "unrecorded";

    /** {@code table.column}: in counts, logs and the audit entry. */
    String name();

    /** How many stored rows name each key id ({@link #UNRECORDED} for none). */
    Map<String, Long> countByKeyId();

    /** Whether {@link #rehash} can move rows (false: only use moves them). */
    boolean rehashable();

    /**
     * Re-hashes, in the caller's transaction, at most {@code limit} rows whose id is above {@code after}
     * and that are not under {@code with}'s active key, locking them ({@code FOR UPDATE SKIP LOCKED}).
     */
    Batch rehash(KeyedHash with, long after, int limit);

    /** Records {@code keyId} on rows that name none: only right while {@code keyId} is the one key configured. */
    int stamp(String keyId);

    /** One batch: rows re-hashed, rows left (they did not open), rows looked at, the last id looked at. */
    record Batch(int rehashed, int left, int rows, long last) {}
}
