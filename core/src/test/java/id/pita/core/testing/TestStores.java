package id.pita.core.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import id.pita.core.store.Store;
import id.pita.core.store.StoreTarget;

/**
 * The one place where tests choose the store's database. By default a SQLite file in the test's directory; with
 * {@code -Dpita.test.store=postgresql} (core's and the portal's second test executions) a fresh database on the
 * real PostgreSQL 15 that this JVM starts once ({@link PostgresServer#shared()}), with the secrets key file in the
 * test's directory. One directory names one store: asking again for the same directory (a restart) gives the
 * same database.
 */
public final class TestStores {
    public static final String PROPERTY = "pita.test.store";
    private static final Map<Path, StoreTarget> TARGETS = new ConcurrentHashMap<>();

    private TestStores() {
    }

    /** Whether this run puts the stores on PostgreSQL. */
    public static boolean postgres() {
        var v = System.getProperty(PROPERTY, "sqlite");
        return switch (v) {
            case "sqlite" -> false;
            case "postgresql" -> true;
            default -> throw new IllegalArgumentException(PROPERTY + " must be sqlite or postgresql, not " + v);
        };
    }

    /** The store of directory {@code dir}: {@code dir/pita.db}, or a database made for {@code dir} on PostgreSQL. */
    public static StoreTarget target(Path dir) {
        var key = dir.toAbsolutePath().normalize();
        return TARGETS.computeIfAbsent(key, d -> {
            if (!postgres()) {
                return new StoreTarget("jdbc:sqlite:" + d.resolve("pita.db"), "", "", Optional.empty());
            }
            var server = PostgresServer.shared();
            return StoreTarget.postgres(server.createDatabase(), server.user(), server.password(),
                    d.resolve("secrets.key"));
        });
    }

    /** Opens (and migrates) the store of {@code dir} on the system clock. */
    public static Store open(Path dir) {
        return open(dir, Clock.systemUTC());
    }

    public static Store open(Path dir, Clock clock) {
        return Store.open(target(dir), clock);
    }
}
