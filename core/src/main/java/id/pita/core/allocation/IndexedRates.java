package id.pita.core.allocation;

import id.pita.core.district.Bandwidth;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable map from a key to a rate whose entries sit at positions {@code 0..size()-1} of a subclass's arrays,
 * with no entry object per key: {@link RateMap} (the sites) and {@link SessionRates} (the sessions). Like
 * {@code Map.of} it rejects null lookups and every change; unlike it, it iterates in position order.
 */
abstract class IndexedRates extends ReadOnlyMap<String, Bandwidth> {

    abstract String keyAt(int p);

    abstract Bandwidth rateAt(int p);

    /** The position of {@code key}, or -1. */
    abstract int positionOf(String key);

    @Override
    public Bandwidth get(Object key) {
        Objects.requireNonNull(key);
        int p = key instanceof String s ? positionOf(s) : -1;
        return p < 0 ? null : rateAt(p);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public boolean containsValue(Object value) {
        return super.containsValue(Objects.requireNonNull(value));
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Bandwidth> action) {
        for (int p = 0; p < size(); p++) {
            action.accept(keyAt(p), rateAt(p));
        }
    }

    @Override
    public Set<Entry<String, Bandwidth>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return IndexedRates.this.size();
            }

            @Override
            public Iterator<Entry<String, Bandwidth>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size();
                    }

                    @Override
                    public Entry<String, Bandwidth> next() {
                        if (next >= size()) {
                            throw new NoSuchElementException();
                        }
                        int p = next++;
                        return Map.entry(keyAt(p), rateAt(p));
                    }
                };
            }
        };
    }
}
