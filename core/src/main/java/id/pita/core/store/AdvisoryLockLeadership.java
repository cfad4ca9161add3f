package id.pita.core.store;

import id.pita.core.node.Leadership;

import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leadership as a PostgreSQL session-level advisory lock ({@code pg_try_advisory_lock}) held on a connection of
 * its own. Whoever holds the lock leads; PostgreSQL releases it when that connection ends, so a leader killed with
 * {@code kill -9} (its kernel closes the socket) frees it at once, and the next {@link #refresh} of another node
 * takes it. The connection asks the server for TCP keepalives every few seconds, so that a leader cut off without
 * a close is dropped by the server in about ten seconds rather than the system's two hours. Keepalives alone do
 * not free the lock of a leader that is alive but stuck (a stopped or frozen process, whose kernel still answers
 * them): the connection also asks the server to end it after a silence ({@code idle_session_timeout}, several
 * refresh intervals long), so that another node takes over. A leader whose connection fails a validity check
 * steps down at once (its lock may already be someone else's). In the store package, the one home of SQL.
 * Thread-safe.
 */
public final class AdvisoryLockLeadership implements Leadership {
    /** The lock's key: {@code "PITALEAD"} in ASCII, so that it is recognisable in {@code pg_locks}. */
    static final long KEY = 0x504954414C454144L;
    private static final Logger LOG = LoggerFactory.getLogger(AdvisoryLockLeadership.class);
    private static final int VALID_SECONDS = 2;
    private final Supplier<Handle> connect;
    private final java.time.Duration silenceLimit;
    private Handle connection;
    private volatile boolean leading;

    /**
     * @param connect      opens a connection of its own, never a pooled one ({@link Store#dedicatedConnection})
     * @param silenceLimit how long the server keeps the connection (and the lock) without a {@link #refresh};
     *                     several refresh intervals, so that only a node that stopped refreshing loses it
     */
    public AdvisoryLockLeadership(Supplier<Handle> connect, java.time.Duration silenceLimit) {
        if (silenceLimit.toMillis() < 1 || silenceLimit.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("silence limit out of range: " + silenceLimit);
        }
        this.connect = connect;
        this.silenceLimit = silenceLimit;
    }

    @Override
    public synchronized boolean refresh() {
        try {
            if (connection == null) {
                connection = connect.get();
                connection.execute("SET tcp_keepalives_idle = 5");
                connection.execute("SET tcp_keepalives_interval = 2");
                connection.execute("SET tcp_keepalives_count = 3");
                connection.execute("SET idle_session_timeout = " + silenceLimit.toMillis());
            }
            if (leading) {
                if (!connection.getConnection().isValid(VALID_SECONDS)) {
                    stepDown("its connection to the database is no longer valid");
                }
            } else if (connection.createQuery("SELECT pg_try_advisory_lock(:k)").bind("k", KEY)
                    .mapTo(Boolean.class).one()) {
                leading = true;
                LOG.info("This node leads now (advisory lock {} taken)", KEY);
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            stepDown("the database did not answer (" + e.getMessage() + ")");
        }
        return leading;
    }

    @Override
    public boolean leading() {
        return leading;
    }

    private void stepDown(String why) {
        if (leading) {
            LOG.warn("This node no longer leads: {}", why);
        }
        leading = false;
        closeConnection();
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (RuntimeException e) {
                LOG.debug("Leadership connection did not close cleanly: {}", e.toString());
            }
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        if (leading && connection != null) {
            try {
                connection.createQuery("SELECT pg_advisory_unlock(:k)").bind("k", KEY).mapTo(Boolean.class).one();
                LOG.info("Leadership given up");
            } catch (RuntimeException e) {
                LOG.debug("Advisory unlock failed ({}); closing the connection releases it", e.toString());
            }
        }
        leading = false;
        closeConnection();
    }

    @Override
    public String toString() {
        return "Leadership[PostgreSQL advisory lock " + KEY + "]";
    }
}
