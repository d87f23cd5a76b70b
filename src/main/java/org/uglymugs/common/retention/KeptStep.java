package org.uglymugs.common.retention;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * What every retention step states the same way: its kind, its keeping time (a setting) and what
 * that time is counted from. A step that is one batched delete of a table's oldest expired rows
 * uses {@link #deleteOldest}; the others write their own {@link #deleteExpired}.
 */
public abstract class KeptStep implements RetentionStep {

    private final String kind;
    private final Duration keep;
    private final String countedFrom;

    protected KeptStep(String kind, Duration keep, String countedFrom) {
        this.kind = kind;
        this.keep = keep;
        this.countedFrom = countedFrom;
    }

    /** For the client proxy of a normal-scoped subclass only; a step is never run through it. */
    protected KeptStep() {
        this(null, null, null);
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public Duration keep() {
        return keep;
    }

    @Override
    public String countedFrom() {
        return countedFrom;
    }

    /**
     * Deletes at most {@code limit} rows of {@code table} for which {@code expired} (a condition on
     * {@code ?1}, the cutoff) holds, lowest ids first, in the caller's transaction; the number deleted.
     * Both names are the caller's constants, never input.
     */
    protected static int deleteOldest(
            EntityManager em, String table, String expired, OffsetDateTime cutoff, int limit) {
        return em.createNativeQuery("delete from " + table + " where id in (select id from " + table + " where "
                        + expired + " order by id limit ?2)")
                .setParameter(1, cutoff)
                .setParameter(2, limit)
                .executeUpdate();
    }
}
