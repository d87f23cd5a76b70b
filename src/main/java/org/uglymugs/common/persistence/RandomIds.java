package org.uglymugs.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Ids of the rows a reporter or subscriber creates: drawn at random, so an id says nothing about
 * when a row was made or in which order next to other rows (a sequence would). The caller assigns
 * the id before it persists the row (sealed values are bound to it), so the id is known at once.
 */
@ApplicationScoped
public class RandomIds {

    /**
     * 53 random bits: ids leave the API as JSON numbers (an identifier's id, for publication) and
     * JavaScript reads integers exactly only up to 2^53. A collision is retried.
     */
    static final long BOUND = 1L << 53;

    private static final int ATTEMPTS = 8;
    private static final Pattern TABLE = Pattern.compile("[a-z_]{1,63}");

    private final SecureRandom random = new SecureRandom();
    private final EntityManager em;

    RandomIds(EntityManager em) {
        this.em = em;
    }

    /** A positive id not yet used in {@code table}. */
    public long next(String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long id = random.nextLong(1, BOUND);
            Number used = (Number) em.createNativeQuery("select count(*) from " + table + " where id = ?1")
                    .setParameter(1, id)
                    .setFlushMode(FlushModeType.COMMIT)
                    .getSingleResult();
            if (used.longValue() == 0) {
                return id;
            }
        }
        throw new IllegalStateException("no free random id in " + table);
    }
}
