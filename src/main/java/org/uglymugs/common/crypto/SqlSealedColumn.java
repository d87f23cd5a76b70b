package org.uglymugs.common.crypto;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * A master-sealed column whose {@link Cell} row is a {@code bigint} column of the same table (its id,
 * or the id it hangs off): counted and re-sealed by SQL on the stored bytes, without the feature's
 * entities. A column whose row carries more than the value (a MAC over it) needs its own
 * implementation.
 */
public final class SqlSealedColumn implements SealedColumn {

    private static final Logger LOG = Logger.getLogger(SqlSealedColumn.class);
    private static final Pattern NAME = Pattern.compile("[a-z_]{1,63}");

    private final EntityManager em;
    private final String table;
    private final String column;
    private final String rowColumn;

    public SqlSealedColumn(EntityManager em, String table, String column, String rowColumn) {
        for (String name : List.of(table, column, rowColumn)) {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a column name: " + name);
            }
        }
        this.em = em;
        this.table = table;
        this.column = column;
        this.rowColumn = rowColumn;
    }

    @Override
    public String name() {
        return table + "." + column;
    }

    @Override
    public Map<String, Long> countByKeyId() {
        return countByKeyId(em, table, column);
    }

    /** Per key id named in the header of {@code table.column}'s values (names checked by the caller). */
    public static Map<String, Long> countByKeyId(EntityManager em, String table, String column) {
        List<?> rows = em.createNativeQuery("select " + keyIdSql(column) + ", count(*) from " + table + " where "
                        + column + " is not null group by 1 order by 1")
                .getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        return counts;
    }

    /** SQL giving the key id in the header of a master-sealed value ({@code version | length | id | …}). */
    public static String keyIdSql(String column) {
        return "convert_from(substring(" + column + " from 3 for get_byte(" + column + ", 1)), 'UTF8')";
    }

    @Override
    public Batch reseal(FieldCipher cipher, long after, int limit) {
        List<?> rows = em.createNativeQuery("select " + rowColumn + ", " + column + " from " + table + " where "
                        + rowColumn + " > ?1 and " + column + " is not null and " + keyIdSql(column)
                        + " <> ?2 order by " + rowColumn + " limit ?3 for update skip locked")
                .setParameter(1, after)
                .setParameter(2, cipher.activeKeyId())
                .setParameter(3, limit)
                .getResultList();
        int resealed = 0;
        int left = 0;
        long last = after;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            last = ((Number) r[0]).longValue();
            byte[] value = (byte[]) r[1];
            byte[] fresh;
            try {
                fresh = cipher.reseal(value, Cell.of(table, column, last));
            } catch (SealBroken e) {
                // Left under its old key: the count shows it, and the log says where, never what.
                LOG.warnf("Key rotation: a value in %s does not open for its row; left as it is", name());
                left++;
                continue;
            }
            resealed += em.createNativeQuery("update " + table + " set " + column + " = ?1 where " + rowColumn
                            + " = ?2 and " + column + " = ?3")
                    .setParameter(1, fresh)
                    .setParameter(2, last)
                    .setParameter(3, value)
                    .executeUpdate();
        }
        return new Batch(resealed, left, rows.size(), last);
    }
}
