package org.uglymugs.alert;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.uglymugs.alert.api.AlertSeverity;
import org.uglymugs.alert.api.IdentifierMatch;

/**
 * What live alerts publish, by keyed hash, in memory: the check's answer without a statement. It holds
 * exactly what {@code alert_identifier} joined to the live alerts holds (keyed hashes, alert ids,
 * severity, time and areas; never a value), so a heap says no more than the table. Reads never lock;
 * changes are read from the database and applied one at a time (a read that starts after a commit is
 * applied after every read that started before it), so the last state applied is never older than
 * the last commit it was told of. Whether it is current is {@link LiveIndexListener}'s business: it
 * says when the index may answer.
 */
@ApplicationScoped
class LiveIdentifierIndex {

    /** Newest change first, as the statement orders them. */
    static final Comparator<IdentifierMatch> NEWEST_FIRST = Comparator.comparing(IdentifierMatch::changedAt)
            .thenComparingLong(IdentifierMatch::alertId)
            .reversed();

    private static final String LIVE = """
            select a.id, a.report_id, a.severity, a.updated_at,
                   array(select ar.area_id from alert_area ar where ar.alert_id = a.id),
                   array(select ai.value_hash from alert_identifier ai where ai.alert_id = a.id)
              from alert a
             where a.status <> 'RETRACTED' %s
            """;

    private static final IdentifierMatch[] NONE = new IdentifierMatch[0];

    /** One live alert as the index keeps it. */
    private record Live(long reportId, IdentifierMatch match, List<Hash> hashes) {}

    /**
     * A keyed hash (HMAC-SHA256, 32 bytes) as four longs: 48 bytes on the heap with the object's
     * header, where a {@code ByteBuffer} around the array took 104. At 100,000 published identifiers that is
     * about 5.6 MB less of a live set the app's fixed heap has to hold.
     */
    record Hash(long a, long b, long c, long d) {

        static final int BYTES = 32;

        static Hash of(byte[] hash) {
            if (hash.length != BYTES) {
                throw new IllegalArgumentException("a keyed hash has " + BYTES + " bytes, not " + hash.length);
            }
            ByteBuffer b = ByteBuffer.wrap(hash);
            return new Hash(b.getLong(), b.getLong(), b.getLong(), b.getLong());
        }
    }

    private final AgroalDataSource dataSource;

    /** Guarded by {@code this}: the live alerts by id, for taking one out again. */
    private final Map<Long, Live> alerts = new HashMap<>();

    /** Replaced whole by a full read, changed hash by hash otherwise. */
    private volatile Map<Hash, IdentifierMatch[]> byHash = new ConcurrentHashMap<>();

    LiveIdentifierIndex(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The live alerts publishing any of these hashes, newest change first. */
    List<IdentifierMatch> matching(List<byte[]> valueHashes) {
        Map<Hash, IdentifierMatch[]> index = byHash;
        if (valueHashes.size() == 1) {
            IdentifierMatch[] found = index.getOrDefault(Hash.of(valueHashes.get(0)), NONE);
            return found.length == 0 ? List.of() : List.of(found);
        }
        Map<Long, IdentifierMatch> found = new LinkedHashMap<>();
        for (byte[] hash : valueHashes) {
            for (IdentifierMatch m : index.getOrDefault(Hash.of(hash), NONE)) {
                found.putIfAbsent(m.alertId(), m);
            }
        }
        List<IdentifierMatch> out = new ArrayList<>(found.values());
        out.sort(NEWEST_FIRST);
        return out;
    }

    /**
     * Reads every live alert again and puts the new index in place in one step (a check running
     * meanwhile reads the old one, never a half-built one); how many alerts it now holds.
     */
    synchronized int reload(Connection c) throws SQLException {
        Map<Long, Live> loaded = read(c, "", null);
        Map<Hash, IdentifierMatch[]> fresh = new ConcurrentHashMap<>();
        for (Live live : loaded.values()) {
            for (Hash hash : live.hashes()) {
                fresh.compute(hash, (h, old) -> replace(old, live.match().alertId(), live.match()));
            }
        }
        alerts.clear();
        alerts.putAll(loaded);
        byHash = fresh;
        return alerts.size();
    }

    /**
     * Reads these alerts again (gone or retracted: taken out). Each hash's entry is replaced in one
     * step holding the alert's new state, so a check running meanwhile finds the old state or the new
     * one, never neither.
     */
    synchronized void reload(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, Live> loaded = read(c, "and a.id = any(?)", ids.toArray(Long[]::new));
        for (Long id : ids) {
            Live before = alerts.get(id);
            Live now = loaded.get(id);
            Set<Hash> touched = new HashSet<>();
            if (before != null) {
                touched.addAll(before.hashes());
            }
            if (now != null) {
                touched.addAll(now.hashes());
            }
            for (Hash hash : touched) {
                IdentifierMatch match = now != null && now.hashes().contains(hash) ? now.match() : null;
                byHash.compute(hash, (h, old) -> replace(old, id, match));
            }
            if (now == null) {
                alerts.remove(id);
            } else {
                alerts.put(id, now);
            }
        }
    }

    /** Reads these alerts again through a connection of the pool. */
    void reload(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            reload(c, ids);
        } catch (SQLException e) {
            throw new IllegalStateException("live alert index: reading alerts failed, SQL state " + e.getSQLState());
        }
    }

    /** The ids of the alerts the index holds for this report. */
    synchronized List<Long> alertsOf(long reportId) {
        return alerts.entrySet().stream()
                .filter(e -> e.getValue().reportId() == reportId)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** One hash's alerts with {@code alertId} taken out and {@code match} (if any) put in: null when none is left. */
    private static IdentifierMatch[] replace(IdentifierMatch[] old, long alertId, IdentifierMatch match) {
        List<IdentifierMatch> next = new ArrayList<>();
        if (old != null) {
            for (IdentifierMatch m : old) {
                if (m.alertId() != alertId) {
                    next.add(m);
                }
            }
        }
        if (match != null) {
            next.add(match);
        }
        if (next.isEmpty()) {
            return null;
        }
        next.sort(NEWEST_FIRST);
        return next.toArray(IdentifierMatch[]::new);
    }

    private static Map<Long, Live> read(Connection c, String filter, Long[] ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(LIVE.formatted(filter))) {
            if (ids != null) {
                s.setArray(1, c.createArrayOf("bigint", ids));
            }
            Map<Long, Live> out = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Set<String> areas = Set.of((String[]) rs.getArray(5).getArray());
                    IdentifierMatch match = new IdentifierMatch(
                            id, AlertSeverity.valueOf(rs.getString(3)), rs.getObject(4, OffsetDateTime.class), areas);
                    out.put(id, new Live(rs.getLong(2), match, hashes(rs.getArray(6))));
                }
            }
            return out;
        }
    }

    private static List<Hash> hashes(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(v -> Hash.of((byte[]) v)).distinct().toList();
    }
}
