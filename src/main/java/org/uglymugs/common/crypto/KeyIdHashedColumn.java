package org.uglymugs.common.crypto;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Keyed hashes hanging off the rows of one table with a {@code bigint id}, whose HMAC key id is a
 * column of that table ({@code null} before key ids were recorded): counted by SQL per key id,
 * stamped by SQL, and re-hashed row by row ({@code FOR UPDATE SKIP LOCKED}, rows under another key
 * than the active one). A feature says only how one row is re-hashed.
 */
public abstract class KeyIdHashedColumn implements HashedColumn {

    private static final Logger LOG = Logger.getLogger(KeyIdHashedColumn.class);
    private static final Pattern NAME = Pattern.compile("[a-z_]{1,63}");

    /** What re-hashing one row did. */
    public enum Row {
        /** Re-hashed under the active key, its key id moved. */
        REHASHED,
        /** Left under its old key on purpose (counted as left). */
        LEFT
    }

    protected final EntityManager em;
    private final String name;
    private final String table;
    private final String keyColumn;

    protected KeyIdHashedColumn(EntityManager em, String name, String table, String keyColumn) {
        for (String part : List.of(table, keyColumn)) {
            if (!NAME.matcher(part).matches()) {
                throw new IllegalArgumentException("not a column name: " + part);
            }
        }
        this.em = em;
        this.name = name;
        this.table = table;
        this.keyColumn = keyColumn;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<String, Long> countByKeyId() {
        Map<String, Long> counts = new TreeMap<>();
        for (Object row : em.createNativeQuery("select coalesce(" + keyColumn + ", '" + UNRECORDED
                        + "'), count(*) from " + table + " group by 1")
                .getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        return counts;
    }

    @Override
    public boolean rehashable() {
        return true;
    }

    @Override
    public Batch rehash(KeyedHash with, long after, int limit) {
        List<?> ids = em.createNativeQuery("select id from " + table + " where " + keyColumn
                        + " is distinct from ?1 and id > ?2 order by id limit ?3 for update skip locked")
                .setParameter(1, with.activeKeyId())
                .setParameter(2, after)
                .setParameter(3, limit)
                .getResultList();
        int rehashed = 0;
        int left = 0;
        long last = after;
        for (Object id : ids) {
            last = ((Number) id).longValue();
            Row outcome;
            try {
                outcome = rehashRow(with, last);
            } catch (RuntimeException e) {
                // A sealed value that does not open for its row stays as it is, and is counted (the
                // class only: a message could hold a value).
                LOG.warnf(
                        "HMAC key rotation: a row of %s did not open (%s); left as it is",
                        table, e.getClass().getSimpleName());
                outcome = Row.LEFT;
            }
            if (outcome == Row.REHASHED) {
                rehashed++;
            } else {
                left++;
            }
        }
        return new Batch(rehashed, left, ids.size(), last);
    }

    @Override
    public int stamp(String keyId) {
        return em.createNativeQuery("update " + table + " set " + keyColumn + " = ?1 where " + keyColumn + " is null")
                .setParameter(1, keyId)
                .executeUpdate();
    }

    /**
     * Re-hashes row {@code id} (locked) under {@code with}'s active key from what it stores sealed, and
     * records the key id; or says it is left. A value that does not open throws (the row is then left).
     */
    protected abstract Row rehashRow(KeyedHash with, long id);
}
