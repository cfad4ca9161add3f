package id.pita.core.allocation;

import id.pita.core.district.Bandwidth;

/**
 * The sites' rates: the keys in a {@link KeyTable}, the rates as two long arrays (a {@link Bandwidth} is made on
 * each lookup, not 10,000 of them a round). {@link Allocation} keeps it as is instead of copying it.
 */
final class RateMap extends IndexedRates {
    private final KeyTable table;
    private final long[] down;
    private final long[] up;

    /** Takes ownership of all three: {@code down[i]}, {@code up[i]} are the rate of {@code table.key(i)}. */
    RateMap(KeyTable table, long[] down, long[] up) {
        this.table = table;
        this.down = down;
        this.up = up;
    }

    @Override
    public int size() {
        return down.length;
    }

    @Override
    String keyAt(int p) {
        return table.key(p);
    }

    @Override
    Bandwidth rateAt(int p) {
        return new Bandwidth(down[p], up[p]);
    }

    @Override
    int positionOf(String key) {
        return table.indexOf(key);
    }
}
