package id.pita.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database behind Pita: a SQLite file by default, or PostgreSQL ({@code jdbc:postgresql://...}, {@link
 * #open(StoreTarget, Clock)}) for several nodes on one database. The same SQL runs on both; what differs is in
 * {@link Dialect}.
 *
 * <p>Connection strategy. SQLite allows one writer at a time; a second connection that tries to
 * write while another holds the lock waits up to {@code busy_timeout} and then fails with
 * SQLITE_BUSY. So every write goes through ONE long-lived writer connection, guarded by a fair
 * {@link ReentrantLock}: writers in this JVM queue on the lock, never on SQLite. The writer's
 * transactions start with {@code BEGIN IMMEDIATE}, so the write lock is taken up front and a
 * transaction never has to upgrade from read to write half-way (the classic deadlock). Another
 * process on the same file (a second Pita, the sqlite3 shell) is covered by {@code busy_timeout}
 * (5 s). Reads use their own connections with deferred transactions; in WAL mode they run
 * concurrently with the writer and each read transaction sees the last committed state. Opening a
 * SQLite connection costs more than a small read, so up to {@value #IDLE_READERS} idle read
 * connections are kept for reuse; a read that finds none opens one, and a connection beyond that
 * bound, or one whose read failed, is closed after use.
 *
 * <p>Durability: WAL with {@code synchronous=FULL}, so a committed transaction survives a kill of
 * the process and a power cut; the RADIUS server acknowledges accounting only after
 * {@link AccountingStore#apply} returns. Foreign keys are on.
 *
 * <p>PostgreSQL. Connections come from a bounded HikariCP pool ({@value #PG_POOL} connections). Writes run at
 * READ COMMITTED, each on its own pooled connection, concurrently with other writes of this node and of other
 * nodes: where the SQLite design relied on being the only writer (read a row, then change it), the statements
 * lock the row ({@link Dialect#forUpdate()}) or use {@code ON CONFLICT}; a write that PostgreSQL aborts as a
 * deadlock or serialization failure is retried (up to {@value #PG_RETRIES} times), the work being only SQL.
 * Reads run in REPEATABLE READ, read-only transactions: one snapshot, as on SQLite. Durability is the server's
 * (fsync and synchronous_commit on, PostgreSQL's defaults): a commit returns when the WAL is on disk.
 */
public final class Store implements AutoCloseable {
    static final int BUSY_TIMEOUT_MS = 5000;
    static final int IDLE_READERS = 8;
    static final int PG_POOL = 10;
    static final int PG_RETRIES = 3;
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    private final Dialect dialect;
    private final Jdbi readJdbi;
    /** SQLite's one writer connection; null on PostgreSQL, which writes on pooled connections. */
    private final Handle writer;
    private final Jdbi writeJdbi;
    private final AutoCloseable pool;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final BlockingQueue<Reader> idleReaders = new ArrayBlockingQueue<>(IDLE_READERS);
    private volatile boolean closed;
    private final Clock clock;
    private final String description;

    private final SecretBox secrets;
    /** SQLite's write-ahead log beside the database file; null for another database. */
    private final Path walFile;
    /** The open WAL file, for {@link #sync}; reopened after an error. Guarded by syncLock. */
    private FileChannel walChannel;
    private final Object syncLock = new Object();
    /** One per store: on SQLite it keeps the writer's accounting statements from batch to batch. */
    private final AccountingStore accounting;

    private Store(Jdbi readJdbi, Jdbi writeJdbi, Clock clock, String description, SecretBox secrets, Path walFile) {
        this.dialect = Dialect.SQLITE;
        this.secrets = secrets;
        this.walFile = walFile;
        this.readJdbi = readJdbi;
        this.writeJdbi = writeJdbi;
        this.writer = writeJdbi.open();
        this.pool = null;
        this.clock = clock;
        this.description = description;
        this.accounting = new AccountingStore(this, true);
    }

    private Store(HikariDataSource pool, Clock clock, String description, SecretBox secrets) {
        this.dialect = Dialect.POSTGRESQL;
        this.secrets = secrets;
        this.walFile = null;
        this.pool = pool;
        this.readJdbi = Jdbi.create(pool);
        this.writeJdbi = readJdbi;
        this.writer = null;
        this.clock = clock;
        this.description = description;
        this.accounting = new AccountingStore(this, false);
    }

    /** Opens (creating it and its parent directories if needed) and migrates a SQLite file. */
    public static Store open(Path sqliteFile) {
        return open(sqliteFile, Clock.systemUTC());
    }

    /**
     * The file is created 0600 and its WAL files follow its mode; an existing file, WAL or key file that group
     * or others can read is set back to 0600 with a WARN ({@link PrivateFiles}). Secrets are sealed with the key
     * file beside it ({@link SecretBox}), made on first open; a database holding sealed secrets whose key file is
     * missing stops the open rather than getting a new key that opens nothing. Plaintext secrets from before are
     * sealed once here.
     */
    public static Store open(Path sqliteFile, Clock clock) {
        return openSqlite(sqliteFile, clock, java.util.Optional.empty());
    }

    private static Store openSqlite(Path sqliteFile, Clock clock, java.util.Optional<Path> keyFile) {
        var abs = sqliteFile.toAbsolutePath();
        var parent = abs.getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // The database holds gateway secrets and personal data: owner only, whatever the umask
            // (SQLite gives its -wal and -shm files the database file's permissions).
            if (!Files.exists(abs)) {
                try {
                    PrivateFiles.create(abs);
                    Ownership.matchDirectory(abs); // root importing into /var/lib/pita: still pita's
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // created meanwhile by another process
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot create " + abs + ": " + e.getMessage(), e);
        }
        for (var suffix : List.of("", "-wal", "-shm")) {
            PrivateFiles.ensure(Path.of(abs + suffix));
        }
        var box = SecretBox.loadOrCreate(keyFile.map(Path::toAbsolutePath).orElse(SecretBox.keyFileFor(abs)),
                new SecureRandom());
        var url = "jdbc:sqlite:" + abs;
        var store = new Store(sqlite(url, SQLiteConfig.TransactionMode.DEFERRED),
                sqlite(url, SQLiteConfig.TransactionMode.IMMEDIATE), clock, url, box, Path.of(abs + "-wal"));
        return migrated(store, url, clock);
    }

    /** Opens and migrates the database at a JDBC URL ({@code jdbc:sqlite:...} gets the SQLite settings). */
    public static Store open(String jdbcUrl) {
        return open(jdbcUrl, Clock.systemUTC());
    }

    public static Store open(String jdbcUrl, Clock clock) {
        return open(new StoreTarget(jdbcUrl, "", "", java.util.Optional.empty()), clock);
    }

    /**
     * Opens and migrates the store a configuration names: a SQLite file ({@code jdbc:sqlite:/path}) or a
     * PostgreSQL database ({@code jdbc:postgresql://host:port/db} with its user and password). On PostgreSQL the
     * secrets key is the configured file ({@link StoreTarget#secretsKey()}), which every node of the district must
     * share; it is made on the first open if missing.
     */
    public static Store open(StoreTarget target, Clock clock) {
        var jdbcUrl = target.url();
        if (jdbcUrl.contains(":memory:") || jdbcUrl.contains("mode=memory")) {
            // Reads use their own connections, and each would see its own empty in-memory database.
            throw new StoreException("an in-memory SQLite database is not supported; use a file "
                    + "(a temp file in tests)");
        }
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            // A SQLite URL names a file: the same modes and secrets key as for the file.
            var path = jdbcUrl.substring("jdbc:sqlite:".length());
            int query = path.indexOf('?');
            return openSqlite(Path.of(query < 0 ? path : path.substring(0, query)), clock, target.secretsKey());
        }
        Dialect.of(jdbcUrl); // refuses anything but SQLite and PostgreSQL
        var keyFile = target.secretsKey().orElseThrow(() -> new StoreException("store " + jdbcUrl + " needs "
                + "store.secretsKey: the file of the key that seals gateway secrets, the same file on every node"));
        try {
            var keyDir = keyFile.toAbsolutePath().getParent();
            if (keyDir != null) {
                Files.createDirectories(keyDir);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the directory of " + keyFile + ": " + e.getMessage(), e);
        }
        var box = SecretBox.loadOrCreate(keyFile.toAbsolutePath(), new SecureRandom());
        var config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(target.user());
        config.setPassword(target.password());
        config.setMaximumPoolSize(PG_POOL);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setPoolName("pita-store");
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to " + jdbcUrl + " as '" + target.user() + "': "
                    + rootMessage(e), e);
        }
        return migrated(new Store(pool, clock, jdbcUrl, box), jdbcUrl, clock);
    }

    private static String rootMessage(Throwable e) {
        var t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static Store migrated(Store store, String jdbcUrl, Clock clock) {
        try {
            var applied = new Migrations(clock).apply(store);
            LOG.info("Store open at {} (schema versions {}, {} applied now)", jdbcUrl,
                    store.appliedVersions(), applied);
            SealedSecrets.sealPlaintext(store);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static Jdbi sqlite(String url, SQLiteConfig.TransactionMode mode) {
        var config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(mode);
        // Deleted or replaced rows (a secret sealed over its plaintext) are overwritten, not left in free pages.
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        var ds = new SQLiteDataSource(config);
        ds.setUrl(url);
        return Jdbi.create(ds);
    }

    /**
     * Runs {@code work} as one write transaction (on SQLite on the writer connection, on PostgreSQL at READ
     * COMMITTED on a pooled one); commits, or rolls back on any exception. On PostgreSQL {@code work} may run
     * again after a deadlock or serialization failure: it must do nothing but SQL.
     */
    public <R> R write(HandleCallback<R, RuntimeException> work) {
        if (dialect == Dialect.POSTGRESQL) {
            for (int attempt = 1; ; attempt++) {
                try {
                    return writeJdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, work);
                } catch (RuntimeException e) {
                    if (attempt >= PG_RETRIES || !retryable(e)) {
                        throw e;
                    }
                    LOG.info("Store write retried after {} (attempt {})", rootMessage(e), attempt);
                }
            }
        }
        writeLock.lock();
        try {
            return writer.inTransaction(work);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs {@code work} as one write transaction like {@link #write}, but returns once it is committed, before
     * it is on disk: with SQLite, the transaction runs with {@code synchronous=NORMAL} (the WAL is written, not
     * fsync'd; the connection goes back to FULL after it). It is durable once a later {@link #sync()} returns.
     * This is the group commit's pipeline: the next batch's statements run while {@link #sync()} waits for
     * the disk. A kill of the process loses nothing committed (the WAL is in the OS's page cache); a power cut
     * may lose what was committed after the last sync, which is why nothing may be acknowledged before it.
     * Another database: the same as {@link #write}.
     */
    public <R> R writeUnsynced(HandleCallback<R, RuntimeException> work) {
        if (walFile == null) {
            return write(work);
        }
        writeLock.lock();
        try {
            writer.execute("PRAGMA synchronous = NORMAL");
            try {
                return writer.inTransaction(work);
            } finally {
                // prepared anew each time: SQLite applies this PRAGMA when it prepares it, not when it runs
                writer.execute("PRAGMA synchronous = FULL");
            }
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Makes every transaction committed before this call durable: fsync of SQLite's WAL file, which holds them
     * (a checkpoint that moved them into the database file has already synced that file: SQLite syncs the WAL
     * before and the database after every checkpoint, also with {@code synchronous=NORMAL}). Thread-safe; may
     * run while the writer commits the next transaction. Throws {@link StoreException} if the disk refuses.
     */
    public void sync() {
        if (walFile == null) {
            return;
        }
        synchronized (syncLock) {
            try {
                if (walChannel == null || !walChannel.isOpen()) {
                    walChannel = FileChannel.open(walFile, StandardOpenOption.WRITE);
                }
                walChannel.force(false);
            } catch (IOException | RuntimeException e) {
                closeWal();
                throw new StoreException("cannot sync " + walFile + ": " + e, e);
            }
        }
    }

    private void closeWal() {
        synchronized (syncLock) {
            if (walChannel != null) {
                try {
                    walChannel.close();
                } catch (IOException e) {
                    LOG.debug("closing {}: {}", walFile, e.toString());
                }
                walChannel = null;
            }
        }
    }

    /** Drops the open WAL channel so that the next {@link #sync} opens the file again (for tests). */
    void closeWalForTest() {
        closeWal();
    }

    /** The writer connection's {@code PRAGMA synchronous} (2 = FULL), for tests. */
    int writerSynchronous() {
        writeLock.lock();
        try {
            return writer.createQuery("PRAGMA synchronous").mapTo(Integer.class).one();
        } finally {
            writeLock.unlock();
        }
    }

    public void writeVoid(HandleConsumer<RuntimeException> work) {
        write(h -> {
            work.useHandle(h);
            return null;
        });
    }

    /** PostgreSQL's deadlock_detected and serialization_failure: the transaction may simply run again. */
    private static boolean retryable(Throwable e) {
        for (var t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql
                    && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code work} in a read transaction (a consistent snapshot) on its own connection. */
    public <R> R read(HandleCallback<R, RuntimeException> work) {
        if (dialect == Dialect.POSTGRESQL) {
            return readJdbi.withHandle(h -> {
                h.begin();
                boolean done = false;
                try {
                    h.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                    var result = work.withHandle(h);
                    h.commit();
                    done = true;
                    return result;
                } finally {
                    if (!done) {
                        h.rollback();
                    }
                }
            });
        }
        var r = reader();
        boolean reusable = false;
        try {
            var result = r.handle().inTransaction(work);
            reusable = true;
            return result;
        } finally {
            release(r, reusable);
        }
    }

    /** Binds the parameters of a {@link #query}. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads the result of a {@link #query}; must not keep the result set. */
    @FunctionalInterface
    public interface RowsReader<R> {
        R read(ResultSet rows) throws SQLException;
    }

    /**
     * One SELECT on a read connection, through a statement prepared once per connection and kept with it: for
     * the small indexed reads of every log-in (a device's usage today, whether it is online), where SQLite's
     * parse and plan and JDBI's per-statement set-up cost more than the read itself. Runs in auto-commit: one
     * statement reads one consistent snapshot by itself, and the connection holds no snapshot after it (the
     * result set is closed, which resets the statement).
     */
    public <R> R query(String sql, Binder binder, RowsReader<R> reader) {
        if (dialect == Dialect.POSTGRESQL) {
            // pooled connections, and the server keeps its own plans: a statement per query
            return read(h -> {
                try (var s = h.getConnection().prepareStatement(sql)) {
                    binder.bind(s);
                    try (var rows = s.executeQuery()) {
                        return reader.read(rows);
                    }
                } catch (SQLException e) {
                    throw new StoreException("read failed: " + e.getMessage(), e);
                }
            });
        }
        var r = reader();
        boolean reusable = false;
        try {
            var s = r.statements().get(sql);
            if (s == null) {
                s = r.handle().getConnection().prepareStatement(sql);
                r.statements().put(sql, s);
            }
            s.clearParameters();
            binder.bind(s);
            R result;
            try (var rows = s.executeQuery()) {
                result = reader.read(rows);
            }
            reusable = true;
            return result;
        } catch (SQLException e) {
            throw new StoreException("read failed: " + e.getMessage(), e);
        } finally {
            release(r, reusable);
        }
    }

    /** A read connection and the statements {@link #query} prepared on it. */
    private record Reader(Handle handle, Map<String, PreparedStatement> statements) {
        void close() {
            for (var s : statements.values()) {
                try {
                    s.close();
                } catch (SQLException e) {
                    LOG.debug("closing a prepared read: {}", e.toString());
                }
            }
            handle.close();
        }
    }

    private Reader reader() {
        var r = idleReaders.poll();
        return r != null ? r : new Reader(readJdbi.open(), new HashMap<>());
    }

    /** Keeps a read connection for the next read, unless the pool is full, the read failed or the store closed. */
    private void release(Reader r, boolean reusable) {
        if (reusable && !closed && idleReaders.offer(r)) {
            if (closed && idleReaders.remove(r)) {
                r.close(); // close() drained the pool between our check and the offer
            }
            return;
        }
        r.close();
    }

    /** Read connections kept idle for reuse now (for tests). */
    int idleReaders() {
        return idleReaders.size();
    }

    /** The JDBI instance for reads, for this package's repositories only; write through {@link #write}. */
    Jdbi jdbi() {
        return readJdbi;
    }

    /** What the store is opened on (its JDBC URL), for messages. */
    public String description() {
        return description;
    }

    public Clock clock() {
        return clock;
    }

    /** Which database this is, for the few statements that differ ({@link Dialect}). */
    public Dialect dialect() {
        return dialect;
    }

    /** Schema versions recorded in {@code schema_version}, ascending. */
    public List<Integer> appliedVersions() {
        return read(h -> h.createQuery("SELECT version FROM schema_version ORDER BY version")
                .mapTo(Integer.class).list());
    }

    /** The key that seals secrets at rest; for the repositories. */
    SecretBox secrets() {
        return secrets;
    }

    public DistrictRepository districts() {
        return new DistrictRepository(this);
    }

    public BoostRepository boosts() {
        return new BoostRepository(this);
    }

    public AccountingStore accounting() {
        return accounting;
    }

    public GatewayActivityRepository gatewayActivity() {
        return new GatewayActivityRepository(this);
    }

    public SessionRepository sessions() {
        return new SessionRepository(this);
    }

    public PushRepository pushes() {
        return new PushRepository(this);
    }

    public HolidayRepository holidays() {
        return new HolidayRepository(this);
    }

    /** Removal of old session, accounting and push rows by the retention policy. */
    public RecordRetention retention() {
        return new RecordRetention(this);
    }

    public UsageRepository usage() {
        return new UsageRepository(this);
    }

    /** One-time portal credentials shared by every node on this database, valid {@code ttl} each. */
    public CredentialRepository credentials(SecureRandom random, java.time.Duration ttl, int perGateway) {
        return new CredentialRepository(this, random, ttl, perGateway);
    }

    /** The console log-in's failure counts and pending second steps. */
    public ConsoleLoginRepository consoleLogins() {
        return new ConsoleLoginRepository(this);
    }

    /** The nodes serving this database and which leads. */
    public NodeRepository nodes() {
        return new NodeRepository(this);
    }

    /**
     * Whether this is the embedded SQLite file, which one process holds ({@link StoreLock}): then there is no
     * other node, and state that several nodes must share may stay in memory.
     */
    public boolean embedded() {
        return dialect == Dialect.SQLITE;
    }

    /**
     * A connection of its own to this PostgreSQL database, outside the pool, for the caller to hold and close (the
     * leadership's advisory lock lives as long as its connection, so it must never go back to a pool).
     */
    public Handle dedicatedConnection() {
        if (!(pool instanceof HikariDataSource hikari)) {
            throw new StoreException("a dedicated connection is for PostgreSQL; " + description + " is SQLite");
        }
        try {
            return Jdbi.open(java.sql.DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(),
                    hikari.getPassword()));
        } catch (java.sql.SQLException e) {
            throw new StoreException("cannot connect to " + description + ": " + e.getMessage(), e);
        }
    }

    /** Console accounts and their recovery codes. */
    public UserRepository users() {
        return new UserRepository(this);
    }

    /** Console log-in sessions. */
    public ConsoleSessionRepository consoleSessions() {
        return new ConsoleSessionRepository(this);
    }

    /** The hash-chained audit log. */
    public AuditRepository audit() {
        return new AuditRepository(this);
    }

    /** Voucher codes and their batches. */
    public VoucherRepository vouchers() {
        return new VoucherRepository(this);
    }

    @Override
    public void close() {
        closed = true;
        if (pool != null) {
            try {
                pool.close();
            } catch (Exception e) {
                throw new StoreException("cannot close " + description + ": " + e.getMessage(), e);
            }
            LOG.info("Store closed: {}", description);
            return;
        }
        closeWal();
        for (var r = idleReaders.poll(); r != null; r = idleReaders.poll()) {
            r.close();
        }
        writeLock.lock();
        try {
            try {
                writer.close();
            } catch (RuntimeException e) {
                // After SQLite refused a BEGIN (another process held the file locked), JDBI cannot restore
                // the connection's auto-commit on close: close the connection itself, or the file stays open.
                LOG.warn("Store writer did not close cleanly ({}); closing its connection directly", e.toString());
                try {
                    writer.getConnection().close();
                } catch (java.sql.SQLException again) {
                    throw new StoreException("cannot close " + description + ": " + again.getMessage(), again);
                }
            }
            LOG.info("Store closed: {}", description);
        } finally {
            writeLock.unlock();
        }
    }
}
