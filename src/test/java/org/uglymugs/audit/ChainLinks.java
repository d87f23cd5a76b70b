package org.uglymugs.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.uglymugs.common.crypto.KeyedHash;

/**
 * Checks the audit chain from one entry on, as {@code GET /api/v1/admin/audit/verify} does for the
 * whole log: a test elsewhere breaks an old entry on purpose, so tests of later entries check theirs.
 */
public final class ChainLinks {

    private ChainLinks() {}

    /** The id the next audit entry will get at the earliest. */
    public static long next() {
        return query("select coalesce(max(id), 0) + 1, 0 from audit_entry", 0, (rs, n) -> rs.getLong(1));
    }

    /** Every entry from {@code firstId} on links to its predecessor and hashes to its stored hash. */
    public static long assertIntactFrom(long firstId) {
        return query(
                "select e.id, e.at, e.actor, e.action, e.target, e.details, e.prev_hash, e.hash,"
                        + " (select p.hash from audit_entry p where p.id < e.id order by p.id desc limit 1)"
                        + " from audit_entry e where e.id >= ? order by e.id",
                firstId,
                (rs, n) -> {
                    long checked = 0;
                    do {
                        byte[] previous = rs.getBytes(9) == null ? rs.getBytes(7) : rs.getBytes(9);
                        assertArrayEquals(previous, rs.getBytes(7), "entry " + rs.getLong(1) + " links back");
                        byte[] hash = chain().hash(
                                        previous,
                                        rs.getLong(1),
                                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getString(6));
                        assertArrayEquals(hash, rs.getBytes(8), "entry " + rs.getLong(1) + " is unchanged");
                        checked++;
                    } while (rs.next());
                    assertTrue(checked > 0);
                    return checked;
                });
    }

    /** The running application's chain (its key is derived from the configured HMAC key). */
    static AuditChain chain() {
        return AuditChain.of(Arc.container().instance(KeyedHash.class).get());
    }

    interface Rows<T> {
        T read(ResultSet rs, int n) throws SQLException;
    }

    private static <T> T query(String sql, long param, Rows<T> rows) {
        try (Connection c =
                        Arc.container().instance(AgroalDataSource.class).get().getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            if (sql.contains("?")) {
                s.setLong(1, param);
            }
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "audit entries from " + param);
                return rows.read(rs, 0);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
