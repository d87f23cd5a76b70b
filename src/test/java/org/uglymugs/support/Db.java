package org.uglymugs.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Raw SQL against the test database, as the application's database user, for checks behind the API. */
public final class Db {

    /** The tables a report's rows live in. */
    public static final List<String> REPORT_TABLES =
            List.of("report", "report_identifier", "report_category", "report_incident", "report_message");

    private Db() {}

    public static long count(String sql, Object... params) {
        List<String> values = strings(sql, params);
        return Long.parseLong(values.get(0));
    }

    public static void execute(String sql) {
        try (Connection c = connection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> tables() {
        return strings("select table_name from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE' order by table_name");
    }

    /** Every row of every table in the public schema, each as PostgreSQL's text form of the row. */
    public static List<String> allRowsAsText() {
        List<String> rows = new ArrayList<>();
        for (String table : tables()) {
            rows.addAll(strings("select t::text from \"" + table + "\" t"));
        }
        return rows;
    }

    /** The first column of every row, as text; {@code ?} placeholders take {@code params}. */
    public static List<String> strings(String sql, Object... params) {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many rows each report table holds: compare before and after a request that must change nothing. */
    public static Map<String, Long> reportRowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : REPORT_TABLES) {
            counts.put(table, count("select count(*) from " + table));
        }
        return counts;
    }

    /**
     * How many rows every table of the public schema holds (form tokens, audit entries, alerts,
     * subscribers and all): compare before and after a request that must change nothing.
     */
    public static Map<String, Long> allRowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables()) {
            counts.put(table, count("select count(*) from \"" + table + "\""));
        }
        return counts;
    }

    /** The database id of the report with this public reference. */
    public static long reportId(String reference) {
        return count("select id from report where reference = ?", reference);
    }

    /** How many rows of each report table belong to one report. */
    public static Map<String, Long> rowsOfReport(long reportId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("report", count("select count(*) from report where id = ?", reportId));
        for (String table : REPORT_TABLES.subList(1, REPORT_TABLES.size())) {
            counts.put(table, count("select count(*) from " + table + " where report_id = ?", reportId));
        }
        return counts;
    }

    private static Connection connection() throws SQLException {
        return Arc.container().instance(AgroalDataSource.class).get().getConnection();
    }
}
