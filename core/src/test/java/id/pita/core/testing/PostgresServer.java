package id.pita.core.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL 15 server for tests, from Debian's binaries in {@value #BIN}: {@code initdb} into a temp
 * directory, {@code pg_ctl start} on a free loopback port (listening on 127.0.0.1 only, its unix socket inside
 * that directory), {@code fsync} on since durability is what the tests check. Host connections need the
 * generated password (scram-sha-256) of the superuser {@value #USER}.
 *
 * <p>PostgreSQL refuses to run as root, and the tests run as root here and in CI: then every binary runs as
 * the {@code postgres} system user (made by Debian's {@code postgresql} package, which
 * {@code scripts/install-test-deps} installs) through {@code runuser}, and the directory is that user's.
 * As any other user the binaries run as that user.
 *
 * <p>A server that cannot start fails the test with the reason (the tail of the server log), never skips.
 * {@link #close()} stops it ({@code pg_ctl stop -m fast}) and deletes the directory; a JVM shutdown hook does
 * the same for a server a test forgot, so no postgres outlives the test JVM (unless that JVM is killed -9).
 * {@link #shared()} is one server per JVM for suites that want a fresh database per test
 * ({@link #createDatabase()}), stopped by that hook.
 */
public final class PostgresServer implements AutoCloseable {
    public static final String BIN = "/usr/lib/postgresql/15/bin";
    public static final String USER = "pita";
    private static final String OS_USER = "postgres";
    private static final Duration START_LIMIT = Duration.ofSeconds(90);
    private static final Pattern DB_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer shared;

    private final Path dir;
    private final Path data;
    private final Path log;
    private final int port;
    private final String password;
    private final Thread hook;
    private volatile boolean stopped;

    private PostgresServer(Path dir, int port, String password) {
        this.dir = dir;
        this.data = dir.resolve("data");
        this.log = dir.resolve("server.log");
        this.port = port;
        this.password = password;
        // At JVM exit the directory is deleted anyway: no shutdown checkpoint (slow with fsync on a busy disk).
        this.hook = new Thread(() -> stopQuietly("immediate"), "postgres-stop-" + port);
    }

    /** One server for this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized PostgresServer shared() {
        if (shared == null || shared.stopped) {
            shared = start();
        }
        return shared;
    }

    /** Starts a new server; the caller closes it. Throws {@link AssertionError} with the reason if it cannot. */
    public static PostgresServer start() {
        var bin = Path.of(BIN);
        if (!Files.isExecutable(bin.resolve("pg_ctl")) || !Files.isExecutable(bin.resolve("initdb"))) {
            throw new AssertionError("PostgreSQL 15 is not installed (no " + BIN + "/pg_ctl): run "
                    + "scripts/install-test-deps (Debian packages postgresql, postgresql-15)");
        }
        if (asRoot() && !userExists(OS_USER)) {
            throw new AssertionError("tests run as root and PostgreSQL refuses root, but there is no '" + OS_USER
                    + "' user to run it as: install Debian's postgresql package (scripts/install-test-deps)");
        }
        Path dir;
        try {
            dir = Files.createTempDirectory(Path.of("/tmp"), "pita-pg-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            if (asRoot()) {
                run(List.of("chown", OS_USER + ":", dir.toString()), Duration.ofSeconds(10), "chown");
            }
        } catch (IOException e) {
            throw new AssertionError("cannot make a directory for PostgreSQL: " + e, e);
        }
        var random = new SecureRandom();
        var pw = new byte[18];
        random.nextBytes(pw);
        var password = HexFormat.of().formatHex(pw);
        AssertionError last = null;
        // The port is found free and then handed to postgres: another process may take it in between; retry.
        for (int attempt = 0; attempt < 3; attempt++) {
            var server = new PostgresServer(dir, freePort(), password);
            try {
                server.initAndStart(attempt == 0);
                return server;
            } catch (AssertionError e) {
                last = e;
                server.stopServer("fast");
                server.removeHook();
                if (!e.getMessage().contains("could not bind") && !e.getMessage().contains("Address already in use")) {
                    break;
                }
            }
        }
        deleteTree(dir);
        throw last;
    }

    private void initAndStart(boolean init) {
        try {
            if (init) {
                var pwfile = dir.resolve("pwfile");
                Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
                chownIfRoot(pwfile);
                // -N: initdb's own files are not synced (they are rebuilt per test run); the server syncs (fsync on).
                run(asServerUser(BIN + "/initdb", "-D", data.toString(), "-U", USER, "--pwfile=" + pwfile,
                        "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--locale=C.UTF-8",
                        "-N"), Duration.ofSeconds(120), "initdb");
                Files.delete(pwfile);
            }
            Runtime.getRuntime().addShutdownHook(hook);
            var conf = String.join("\n",
                    "listen_addresses = '127.0.0.1'",
                    "port = " + port,
                    "unix_socket_directories = '" + dir + "'",
                    "fsync = on",
                    "synchronous_commit = on",
                    "max_connections = 200",
                    "shared_buffers = 32MB",
                    "");
            Files.writeString(data.resolve("postgresql.auto.conf"), conf, StandardCharsets.UTF_8);
            chownIfRoot(data.resolve("postgresql.auto.conf"));
            runLogged(asServerUser(BIN + "/pg_ctl", "start", "-D", data.toString(), "-l", log.toString(), "-w",
                    "-t", String.valueOf(START_LIMIT.toSeconds())), START_LIMIT.plusSeconds(10), "pg_ctl start");
        } catch (IOException e) {
            throw new AssertionError("cannot prepare PostgreSQL in " + dir + ": " + e + logTail(), e);
        }
        // Fail here, not in the first test, when the server does not take a password connection.
        try (var c = DriverManager.getConnection(jdbcUrl("postgres"), USER, password)) {
            c.createStatement().execute("SELECT 1");
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL started but refuses a connection on port " + port + ": "
                    + e.getMessage() + logTail(), e);
        }
    }

    /** The JDBC URL of database {@code database} on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The JDBC URL of the {@code postgres} database (the one that always exists). */
    public String jdbcUrl() {
        return jdbcUrl("postgres");
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    /** The directory holding the cluster, its socket and its log (deleted on close). */
    public Path directory() {
        return dir;
    }

    /** Creates an empty database {@code name} (lower-case letters, digits, _) and returns its JDBC URL. */
    public String createDatabase(String name) {
        if (!DB_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (var c = DriverManager.getConnection(jdbcUrl(), USER, password)) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new AssertionError("cannot create database " + name + ": " + e.getMessage() + logTail(), e);
        }
        return jdbcUrl(name);
    }

    /** Creates an empty database with a fresh name ({@code t1}, {@code t2}, ...) and returns its JDBC URL. */
    public String createDatabase() {
        return createDatabase("t" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid());
    }

    /** The last lines of the server log, for failure messages. */
    public String logTail() {
        try {
            if (!Files.exists(log)) {
                return " (no server log)";
            }
            var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\n--- PostgreSQL log (last lines) ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return " (cannot read the server log: " + e + ")";
        }
    }

    /** Stops the server ({@code pg_ctl stop -m fast}) and deletes its directory. */
    @Override
    public void close() {
        stopQuietly("fast");
        removeHook();
    }

    private void removeHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the JVM is exiting (the hook runs or ran), or it was never added
        }
    }

    private synchronized void stopQuietly(String mode) {
        if (stopped) {
            return;
        }
        stopped = true;
        stopServer(mode);
        deleteTree(dir);
    }

    private void stopServer(String mode) {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            try {
                Processes.run(asServerUser(BIN + "/pg_ctl", "stop", "-D", data.toString(), "-m", mode, "-w",
                        "-t", "30"), Duration.ofSeconds(40), true);
            } catch (IOException | InterruptedException | AssertionError e) {
                System.err.println("PostgresServer: pg_ctl stop failed on port " + port + ": " + e);
            }
        }
    }

    private static void run(List<String> cmd, Duration limit, String what) {
        Processes.Result result;
        try {
            result = Processes.run(cmd, limit, true);
        } catch (IOException e) {
            throw new AssertionError(what + " could not run: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(what + " interrupted", e);
        }
        if (result.exitCode() != 0) {
            throw new AssertionError(what + " failed (exit " + result.exitCode() + "): " + result.output().strip());
        }
    }

    /** Wraps the failure of a server command with the log tail, where the reason usually is. */
    private void runLogged(List<String> cmd, Duration limit, String what) {
        try {
            run(cmd, limit, what);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + logTail(), e);
        }
    }

    private static List<String> asServerUser(String... cmd) {
        var out = new ArrayList<String>();
        if (asRoot()) {
            out.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        out.addAll(List.of(cmd));
        return out;
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean userExists(String name) {
        try {
            return Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(l -> l.startsWith(name + ":"));
        } catch (IOException e) {
            return false;
        }
    }

    private static void chownIfRoot(Path file) {
        if (asRoot()) {
            run(List.of("chown", OS_USER + ":", file.toString()), Duration.ofSeconds(10), "chown");
        }
    }

    private static int freePort() {
        try (var s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new AssertionError("no free loopback port: " + e, e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the OS's temp cleaning; reported below if the top stays
                }
            });
        } catch (IOException e) {
            System.err.println("PostgresServer: cannot delete " + dir + ": " + e);
        }
    }
}
