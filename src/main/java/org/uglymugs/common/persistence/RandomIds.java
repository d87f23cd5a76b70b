package org.uglymugs.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.hibernate.Session;

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
    /** Bound parameters in one look-up; far above what one request creates. */
    static final int MAX_COUNT = 1000;

    private static final Pattern TABLE = Pattern.compile("[a-z_]{1,63}");

    private final RandomGenerator random;
    private final EntityManager em;

    @Inject
    RandomIds(EntityManager em) {
        this(em, new SecureRandom());
    }

    RandomIds(EntityManager em, RandomGenerator random) {
        this.em = em;
        this.random = random;
    }

    /** A positive id not yet used in {@code table}. */
    public long next(String table) {
        return next(table, 1)[0];
    }

    /**
     * {@code count} distinct positive ids not yet used in {@code table}, looked up with one
     * statement on the transaction's own connection (a report's identifiers take one, not one
     * each). Any id found in use is drawn again.
     */
    public long[] next(String table, int count) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count " + count);
        }
        long[] ids = new long[count];
        Set<Long> drawn = new HashSet<>();
        for (int i = 0; i < count; i++) {
            ids[i] = drawNew(drawn);
        }
        String sql = "select id from " + table + " where id in (" + "?,".repeat(count - 1) + "?)";
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Set<Long> used = inUse(sql, ids);
            if (used.isEmpty()) {
                return ids;
            }
            for (int i = 0; i < count; i++) {
                if (used.contains(ids[i])) {
                    ids[i] = drawNew(drawn);
                }
            }
        }
        throw new IllegalStateException("no free random id in " + table);
    }

    private long drawNew(Set<Long> drawn) {
        long id;
        do {
            id = random.nextLong(1, BOUND);
        } while (!drawn.add(id));
        return id;
    }

    private Set<Long> inUse(String sql, long[] ids) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < ids.length; i++) {
                    statement.setLong(i + 1, ids[i]);
                }
                Set<Long> used = new HashSet<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        used.add(rows.getLong(1));
                    }
                }
                return used;
            }
        });
    }
}
