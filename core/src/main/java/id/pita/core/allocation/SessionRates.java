package id.pita.core.allocation;

import id.pita.core.district.Bandwidth;

/**
 * The plan's per-session rates as two long arrays index-aligned with the round's {@link SessionColumns} (a session
 * at a site that is not a known hotspot has none), and, for callers that look rates up by key, an immutable map
 * view over them: the key table behind it is built on the first lookup by key, once, not in the planning round,
 * and each lookup makes one {@link Bandwidth}. Iterates in input order, like the map it replaces. Thread-safe.
 */
public final class SessionRates extends IndexedRates {
    private final SessionColumns columns;
    private final int[] kept;
    private final long[] down;
    private final long[] up;
    /** Built on first use: equal whoever builds it, immutable, so a race only builds it twice. */
    private volatile KeyTable table;

    /** Takes ownership: {@code kept} are the columns' indexes that have a rate, ascending. */
    SessionRates(SessionColumns columns, int[] kept, long[] down, long[] up) {
        this.columns = columns;
        this.kept = kept;
        this.down = down;
        this.up = up;
    }

    /** The columns these rates are index-aligned with (the allocator's input). */
    public SessionColumns columns() {
        return columns;
    }

    /** Whether session {@code i} of {@link #columns()} has a rate. */
    public boolean has(int i) {
        return down[i] != SessionShares.NONE;
    }

    /** Session {@code i}'s rate down, bit/s; only where {@link #has}. */
    public long down(int i) {
        return down[i];
    }

    /** Session {@code i}'s rate up, bit/s; only where {@link #has}. */
    public long up(int i) {
        return up[i];
    }

    /** Session {@code i}'s rate, or null when it has none. */
    public Bandwidth rate(int i) {
        return has(i) ? new Bandwidth(down[i], up[i]) : null;
    }

    @Override
    public int size() {
        return kept.length;
    }

    @Override
    String keyAt(int p) {
        return columns.key(kept[p]);
    }

    @Override
    Bandwidth rateAt(int p) {
        return new Bandwidth(down[kept[p]], up[kept[p]]);
    }

    @Override
    int positionOf(String key) {
        return table().indexOf(key);
    }

    private KeyTable table() {
        var t = table;
        if (t == null) {
            var keys = columns.keys();
            var hashes = columns.hashes();
            if (kept.length < keys.length) {
                var k = new String[kept.length];
                var h = new int[kept.length];
                for (int p = 0; p < kept.length; p++) {
                    k[p] = keys[kept[p]];
                    h[p] = hashes[kept[p]];
                }
                keys = k;
                hashes = h;
            }
            // The allocator has rejected a key listed twice already.
            t = new KeyTable(keys, hashes);
            table = t;
        }
        return t;
    }
}
