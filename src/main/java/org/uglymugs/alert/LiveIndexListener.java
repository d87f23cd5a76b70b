package org.uglymugs.alert;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.uglymugs.alert.api.AlertChanged;
import org.uglymugs.report.api.ReportEvents;

/**
 * Keeps {@link LiveIdentifierIndex} current on this instance: one connection LISTENs on
 * {@code uglymugs_alerts} (V29: every change to an alert, its identifier hashes or areas, by anyone,
 * notifies its id when it commits), the whole index is read after LISTEN and before it is trusted,
 * and each batch of notifications is read again. The index answers only while that connection is up
 * and the index was read through it ({@link #current()}); otherwise the check reads the database, so a
 * lost notification can never leave a retracted alert counting. The connection is tried again with
 * a growing pause; a quiet connection is pinged, so a dead one is noticed. Logs counts only.
 */
@ApplicationScoped
class LiveIndexListener {

    static final String CHANNEL = "uglymugs_alerts";

    private static final Logger LOG = Logger.getLogger(LiveIndexListener.class);
    private static final int WAIT_MS = 1000;
    private static final Duration PING_AFTER = Duration.ofSeconds(10);

    /** Past this many alerts in one batch, the whole index is read again instead. */
    private static final int WHOLE_AFTER = 5000;

    private final LiveIdentifierIndex index;
    private final AgroalDataSource dataSource;
    private final boolean enabled;
    private final String user;
    private final Optional<String> password;

    private volatile boolean current;
    private volatile boolean stopping;
    private volatile Thread thread;
    private volatile int backendPid;

    LiveIndexListener(
            LiveIdentifierIndex index,
            AgroalDataSource dataSource,
            @ConfigProperty(name = "uglymugs.check.live-index", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.index = index;
        this.dataSource = dataSource;
        this.enabled = enabled;
        this.user = user;
        this.password = password;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("Live alert index off (uglymugs.check.live-index=false): every check reads the database");
            return;
        }
        start();
    }

    /** Starts following (after {@link #stop()}: tests). */
    synchronized void start() {
        stopping = false;
        Thread t = new Thread(this::run, "live-alert-index");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @PreDestroy
    synchronized void stop() {
        stopping = true;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        current = false;
    }

    /** The PostgreSQL backend of the listening connection (0 before the first): for tests. */
    int backendPid() {
        return backendPid;
    }

    /** Whether the index may answer now: its connection is listening and it was read through it. */
    boolean current() {
        return current;
    }

    /**
     * This instance's own changes are read again as soon as they commit, before the request that made
     * them answers: the one that retracted an alert sees it stop counting at once, whatever the
     * notification's delay. A failure here is only logged: the notification reads it again.
     */
    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChanged changed) {
        readAgain(List.of(changed.alertId()));
    }

    /** An erased report's alerts went with it (the database's cascade). */
    void onErased(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportEvents.Erased erased) {
        readAgain(index.alertsOf(erased.reportId()));
    }

    private void readAgain(List<Long> alerts) {
        try {
            index.reload(alerts);
        } catch (RuntimeException e) {
            LOG.warnf(
                    "Live alert index: reading a change again failed (%s)",
                    e.getClass().getSimpleName());
        }
    }

    private void run() {
        long pause = 200;
        while (!stopping) {
            try (Connection c = connect()) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("listen " + CHANNEL);
                }
                backendPid = c.unwrap(PGConnection.class).getBackendPID();
                int alerts = index.reload(c);
                current = true;
                pause = 200;
                LOG.infof("Live alert index: %d live alert(s) read; following their changes", alerts);
                follow(c);
            } catch (SQLException e) {
                if (!stopping) {
                    LOG.warnf(
                            "Live alert index: its connection failed (SQL state %s); checks read the database until it is back",
                            e.getSQLState());
                }
            } catch (RuntimeException e) {
                LOG.warnf(
                        "Live alert index stopped following (%s); checks read the database until it is back",
                        e.getClass().getSimpleName());
            } finally {
                current = false;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                return;
            }
            pause = Math.min(pause * 2, 5000);
        }
    }

    /**
     * Its own connection, outside the pool, made with the pool's URL and driver properties and the
     * application's role: a connection that LISTENs must never be handed to a request, and one whose
     * failure the pool never saw (notifications are read past the pool's wrapper) must never go back.
     */
    private Connection connect() throws SQLException {
        var factory =
                dataSource.getConfiguration().connectionPoolConfiguration().connectionFactoryConfiguration();
        Properties properties = new Properties();
        properties.putAll(factory.jdbcProperties());
        properties.setProperty("user", user);
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", "uglymugs live alert index");
        Connection c = new Driver().connect(factory.jdbcUrl(), properties);
        if (c == null) {
            throw new SQLException("not a PostgreSQL URL", "08001");
        }
        return c;
    }

    private void follow(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (!stopping) {
            PGNotification[] got = pg.getNotifications(WAIT_MS);
            if (got == null || got.length == 0) {
                if (System.nanoTime() - quietSince > PING_AFTER.toNanos()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("select 1");
                    }
                    quietSince = System.nanoTime();
                }
                continue;
            }
            quietSince = System.nanoTime();
            Set<Long> ids = new HashSet<>();
            boolean whole = false;
            for (PGNotification n : got) {
                if ("*".equals(n.getParameter())) {
                    whole = true;
                } else {
                    ids.add(Long.parseLong(n.getParameter()));
                }
            }
            if (whole || ids.size() > WHOLE_AFTER) {
                int alerts = index.reload(c);
                LOG.debugf("Live alert index: read again whole, %d live alert(s)", alerts);
            } else {
                index.reload(c, List.copyOf(ids));
            }
        }
    }
}
