package id.pita.core.testing;

import java.nio.file.Path;
import java.time.Clock;

import id.pita.core.store.Store;

/**
 * The one place where store tests choose the database they run on: today a SQLite file in the test's temp
 * directory. Opening the same directory again opens the same database (tests of a restart rely on that). Store
 * tests open their store here rather than with {@link Store#open}, so the suite can be pointed at another
 * backend by changing this class only.
 */
public final class TestStores {
    private TestStores() {
    }

    public static Store open(Path dir) {
        return open(dir, Clock.systemUTC());
    }

    public static Store open(Path dir, Clock clock) {
        return Store.open(dir.resolve("pita.db"), clock);
    }
}
