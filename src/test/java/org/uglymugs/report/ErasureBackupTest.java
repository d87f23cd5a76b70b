package org.uglymugs.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.uglymugs.common.crypto.Cell;
import org.uglymugs.common.crypto.DataKey;
import org.uglymugs.common.crypto.FieldCipher;
import org.uglymugs.common.crypto.SealBroken;
import org.uglymugs.support.Db;
import org.uglymugs.support.Desk;
import org.uglymugs.support.Desk.Filed;
import org.uglymugs.support.Fixtures;

/**
 * M6, crypto-shredding that reaches backups: deploy/backup.sh keeps each report's wrapped data key
 * out of the main dump, in a keys file of its own; a main dump taken before an erasure, restored with
 * a keys file taken after it, still holds the erased report's rows, but no key there opens them.
 */
@QuarkusTest
class ErasureBackupTest {

    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");

    @Inject
    FieldCipher cipher;

    @Test
    void aBackupTakenBeforeAnErasureNoLongerOpensTheErasedReport() throws Exception {
        Filed erased = Desk.file(Fixtures.report());
        Filed kept = Desk.file(Fixtures.report());
        long erasedId = Db.reportId(erased.reference());
        long keptId = Db.reportId(kept.reference());
        // A moderator's look at each: audit entries naming them, so each has an audit pseudonym row.
        for (Filed filed : List.of(erased, kept)) {
            Desk.moderator()
                    .get("/api/v1/moderation/reports/" + filed.reference())
                    .then()
                    .statusCode(200);
        }
        Path dir = Files.createTempDirectory("erasure-backup");
        run(List.of("age-keygen", "-o", dir.resolve("identity.txt").toString()), Map.of());
        String recipient = run(
                        List.of("age-keygen", "-y", dir.resolve("identity.txt").toString()), Map.of())
                .strip();

        backup(dir, "before", recipient);
        given().header(Fixtures.RECEIPT_HEADER, erased.receipt())
                .delete(Fixtures.MY_REPORT_PATH)
                .then()
                .statusCode(204);
        assertEquals(0, Db.count("select count(*) from report_key where report_id = ?", erasedId));
        backup(dir, "after", recipient);
        String main = Files.readString(dir.resolve("before.dump.age"), StandardCharsets.ISO_8859_1);
        assertTrue(!main.contains(Fixtures.ACCOUNT), "the backup is encrypted");

        // What an operator restores once the keys files from before the erasure have expired.
        restore(dir, "before", "after");
        assertEquals(1L, scratchCount("select count(*) from report where id = ?", erasedId), "the old rows came back");
        assertEquals(0L, scratchCount("select count(*) from report_key where report_id = ?", erasedId));
        assertEquals(Fixtures.ACCOUNT, openAccount(keptId, keyOf(keptId)), "a report not erased opens");
        byte[] erasedAccount = scratchBytes("select account_sealed from report where id = ?", erasedId)
                .get(0);
        for (long other : scratchLongs("select report_id from report_key")) {
            DataKey key = keyOf(other);
            assertThrows(
                    SealBroken.class,
                    () -> cipher.open(erasedAccount, key, Sealed.ACCOUNT.at(erasedId)),
                    "no key left in the restored database opens the erased report");
        }
        assertThrows(SealBroken.class, () -> cipher.unwrap(null, ReportKeys.cell(erasedId)));
        // The audit pseudonym rows came back with their ids, to which their sealed references are bound.
        List<String> references = new ArrayList<>();
        for (long row : scratchLongs("select id from audit_report_key where reference_sealed is not null")) {
            byte[] sealed = scratchBytes("select reference_sealed from audit_report_key where id = ?", row)
                    .get(0);
            references.add(cipher.open(sealed, Cell.of("audit_report_key", "reference_sealed", row)));
        }
        assertTrue(references.contains(kept.reference()), "the kept report's audit pseudonym row opens");
        assertTrue(!references.contains(erased.reference()), "the erased report's is not restored");

        // The window that remains: a keys file taken before the erasure still opens it, until it is deleted.
        restore(dir, "before", "before");
        assertEquals(Fixtures.ACCOUNT, openAccount(erasedId, keyOf(erasedId)));
    }

    private String openAccount(long reportId, DataKey key) throws SQLException {
        byte[] sealed = scratchBytes("select account_sealed from report where id = ?", reportId)
                .get(0);
        return cipher.open(sealed, key, Sealed.ACCOUNT.at(reportId));
    }

    private DataKey keyOf(long reportId) throws SQLException {
        List<byte[]> wrapped = scratchBytes("select key_wrapped from report_key where report_id = ?", reportId);
        return cipher.unwrap(wrapped.get(0), ReportKeys.cell(reportId));
    }

    private static void backup(Path dir, String name, String recipient) throws Exception {
        run(
                List.of(
                        "bash",
                        "deploy/backup.sh",
                        "-r",
                        recipient,
                        "-o",
                        dir.resolve(name + ".dump.age").toString(),
                        "-k",
                        dir.resolve(name + ".keys.dump.age").toString()),
                pg(database()));
    }

    private static void restore(Path dir, String main, String keys) throws Exception {
        String scratch = scratchName();
        String sql = "drop database if exists " + scratch + "; create database " + scratch + " owner " + user();
        String psql = "PGOPTIONS='-c client_min_messages=warning' psql -q -c '" + sql.split("; ")[0] + "' -c '"
                + sql.split("; ")[1] + "'";
        boolean root = "root".equals(System.getProperty("user.name"));
        run(
                root ? List.of("su", "postgres", "-c", psql) : List.of("sudo", "-u", "postgres", "sh", "-c", psql),
                Map.of());
        run(
                List.of(
                        "bash",
                        "deploy/restore.sh",
                        "-i",
                        dir.resolve("identity.txt").toString(),
                        dir.resolve(main + ".dump.age").toString(),
                        dir.resolve(keys + ".keys.dump.age").toString()),
                pg(scratch));
    }

    private static String run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), command + " did not finish");
        assertEquals(0, process.exitValue(), command.get(0) + " " + command.get(1) + " failed: " + out);
        return out;
    }

    private static Matcher url() {
        Matcher m = JDBC.matcher(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class));
        assertTrue(m.matches(), "a PostgreSQL JDBC URL");
        return m;
    }

    private static String database() {
        return url().group(3);
    }

    /** A scratch database of this test database's own: {@code <test database>_restore}. */
    private static String scratchName() {
        return database() + "_restore";
    }

    private static String user() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
    }

    private static Map<String, String> pg(String db) {
        Matcher m = url();
        return Map.of(
                "PGHOST", m.group(1),
                "PGPORT", m.group(2) == null ? "5432" : m.group(2),
                "PGUSER", user(),
                "PGPASSWORD", ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class),
                "PGDATABASE", db);
    }

    private static Connection scratch() throws SQLException {
        Matcher m = url();
        String jdbc = "jdbc:postgresql://" + m.group(1) + ":" + (m.group(2) == null ? "5432" : m.group(2)) + "/"
                + scratchName();
        return DriverManager.getConnection(
                jdbc, pg(scratchName()).get("PGUSER"), pg(scratchName()).get("PGPASSWORD"));
    }

    private static List<byte[]> scratchBytes(String sql, Object... params) throws SQLException {
        try (Connection c = scratch();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                List<byte[]> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getBytes(1));
                }
                return out;
            }
        }
    }

    private static List<Long> scratchLongs(String sql) throws SQLException {
        try (Connection c = scratch();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            List<Long> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
            return out;
        }
    }

    private static long scratchCount(String sql, long id) throws SQLException {
        try (Connection c = scratch();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
