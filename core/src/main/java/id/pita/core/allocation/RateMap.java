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
 * An immutable map from a site code or session key to its rate, built without an entry object per key: the
 * keys and rates stay in two arrays and a {@link KeyTable} finds them. Like {@code Map.of} it rejects null
 * lookups and every change; unlike it, it iterates in the plan's canonical order. {@link Allocation} keeps it
 * as is instead of copying it.
 */
final class RateMap extends ReadOnlyMap<String, Bandwidth> {
    private final KeyTable table;
    private final Bandwidth[] rates;

    /** Takes ownership of both: {@code rates[i]} is the rate of {@code table.key(i)}. */
    RateMap(KeyTable table, Bandwidth[] rates) {
        this.table = table;
        this.rates = rates;
    }

    @Override
    public int size() {
        return rates.length;
    }

    @Override
    public Bandwidth get(Object key) {
        Objects.requireNonNull(key);
        int i = key instanceof String s ? table.indexOf(s) : -1;
        return i < 0 ? null : rates[i];
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
        for (int i = 0; i < rates.length; i++) {
            action.accept(table.key(i), rates[i]);
        }
    }

    @Override
    public Set<Entry<String, Bandwidth>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return rates.length;
            }

            @Override
            public Iterator<Entry<String, Bandwidth>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < rates.length;
                    }

                    @Override
                    public Entry<String, Bandwidth> next() {
                        if (next >= rates.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return Map.entry(table.key(i), rates[i]);
                    }
                };
            }
        };
    }

}
