package org.uglymugs.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Raw SQL against the test database, as the application's database user, for checks behind the API. */
public final class Db {

    private Db() {
    }

    public static long count(String sql) {
        try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(String sql) {
        try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
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

    public static List<String> strings(String sql) {
        try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
