package id.pita.core.node;

import id.pita.core.store.AdvisoryLockLeadership;
import id.pita.core.store.Store;

/**
 * Whether this node leads. {@link #refresh} is called periodically (every half control period): it takes the
 * leadership if it is free and checks that it is still held. Implementations are thread-safe.
 */
public interface Leadership extends AutoCloseable {
    /** Takes or keeps the leadership now if possible; returns whether this node leads. */
    boolean refresh();

    /** Whether this node led at the last {@link #refresh}. */
    boolean leading();

    /** Gives the leadership up (a clean stop). */
    @Override
    void close();

    /** The only node there can be: the embedded store's lock already forbids a second process. */
    static Leadership always() {
        return new Leadership() {
            @Override
            public boolean refresh() {
                return true;
            }

            @Override
            public boolean leading() {
                return true;
            }

            @Override
            public void close() {
            }

            @Override
            public String toString() {
                return "Leadership[single process]";
            }
        };
    }

    /**
     * Always for the embedded SQLite file; a PostgreSQL advisory lock for a shared database, which the server frees
     * when this node has not refreshed it for four of {@code refreshEvery} (at least 30 s).
     */
    static Leadership forStore(Store store, java.time.Duration refreshEvery) {
        var silence = refreshEvery.multipliedBy(4);
        return store.embedded() ? always() : new AdvisoryLockLeadership(store::dedicatedConnection,
                silence.compareTo(MIN_SILENCE) < 0 ? MIN_SILENCE : silence);
    }

    /** A node paused this long (a long GC, a busy host) is taken for stuck. */
    java.time.Duration MIN_SILENCE = java.time.Duration.ofSeconds(30);
}
