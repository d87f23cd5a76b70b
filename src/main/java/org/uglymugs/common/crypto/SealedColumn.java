package org.uglymugs.common.crypto;

import java.util.Map;

/**
 * One column a feature stores sealed under the master key ({@link FieldCipher#seal(String, Cell)},
 * {@link FieldCipher#wrap}): what key rotation counts per key id and re-seals under the active key.
 * Values under a report's own data key are not here: rotation re-wraps the data key instead.
 */
public interface SealedColumn {

    /** {@code table.column}: in counts, logs and the audit entry. */
    String name();

    /** How many stored values name each key id in their header. */
    Map<String, Long> countByKeyId();

    /**
     * Re-seals, in the caller's transaction, at most {@code limit} values whose row key is above
     * {@code after} and that are not under {@code cipher}'s active key, locking their rows ({@code
     * FOR UPDATE SKIP LOCKED}: a row a request holds is skipped; rotation goes over the column again
     * and counts what is still under an old key as left).
     */
    Batch reseal(FieldCipher cipher, long after, int limit);

    /**
     * One batch: values re-sealed, values left as they were (they did not open for their row, or
     * the row failed its own check), and the last row key looked at ({@code rows < limit}: the end).
     */
    record Batch(int resealed, int left, int rows, long last) {}
}
