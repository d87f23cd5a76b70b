package org.uglymugs.alert;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.uglymugs.alert.api.AlertSeverity;
import org.uglymugs.alert.api.IdentifierMatch;

/**
 * The check's read path: the in-memory {@link LiveIdentifierIndex} while it is current, else one
 * statement on the keyed-hash index of {@code alert_identifier}, joined to the alert's status and
 * areas, through plain JDBC (no ORM session, no entity loaded). Only
 * published identifiers are in that table, so what was never published cannot be found, and cannot
 * change how long the statement takes either.
 */
@ApplicationScoped
class IdentifierMatches {

    /** {@code %s}: one placeholder per configured HMAC key (a fixed number while the service runs). */
    private static final String LIVE_MATCHES = """
            select a.id, a.severity, a.updated_at,
                   array(select ar.area_id from alert_area ar where ar.alert_id = a.id)
              from alert_identifier ai
              join alert a on a.id = ai.alert_id
             where ai.value_hash in (%s) and a.status <> 'RETRACTED'
             order by a.updated_at desc, a.id desc
            """;

    private final AgroalDataSource dataSource;
    private final LiveIdentifierIndex index;
    private final LiveIndexListener listener;

    IdentifierMatches(AgroalDataSource dataSource, LiveIdentifierIndex index, LiveIndexListener listener) {
        this.dataSource = dataSource;
        this.index = index;
        this.listener = listener;
    }

    /**
     * The live alerts publishing any of these hashes (the identifier's hash under every configured key),
     * newest change first: from the in-memory index while it is current, else by the statement.
     */
    List<IdentifierMatch> live(List<byte[]> valueHashes) {
        return listener.current() ? index.matching(valueHashes) : read(valueHashes);
    }

    boolean inMemory() {
        return listener.current();
    }

    /** By the statement, whatever the index. */
    List<IdentifierMatch> read(List<byte[]> valueHashes) {
        String sql = LIVE_MATCHES.formatted(String.join(", ", Collections.nCopies(valueHashes.size(), "?")));
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < valueHashes.size(); i++) {
                s.setBytes(i + 1, valueHashes.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                List<IdentifierMatch> out = new ArrayList<>();
                while (rs.next()) {
                    String[] areas = (String[]) rs.getArray(4).getArray();
                    out.add(new IdentifierMatch(
                            rs.getLong(1),
                            AlertSeverity.valueOf(rs.getString(2)),
                            rs.getObject(3, OffsetDateTime.class),
                            Set.of(areas)));
                }
                return out;
            }
        } catch (SQLException e) {
            // The message of a driver error could hold bound values; keep only the state.
            throw new IllegalStateException("identifier check failed, SQL state " + e.getSQLState());
        }
    }
}
