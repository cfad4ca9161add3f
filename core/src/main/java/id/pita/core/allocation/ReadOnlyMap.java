package id.pita.core.allocation;

import java.util.AbstractMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An {@link AbstractMap} that refuses every change, even one that would change nothing (as {@code Map.of}
 * does), so that a subclass need only give {@code get}, {@code size} and {@code entrySet}.
 */
abstract class ReadOnlyMap<K, V> extends AbstractMap<K, V> {

    @Override
    public V put(K key, V value) {
        throw refused();
    }

    @Override
    public V remove(Object key) {
        throw refused();
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        throw refused();
    }

    @Override
    public void clear() {
        throw refused();
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) {
        throw refused();
    }

    @Override
    public V putIfAbsent(K key, V value) {
        throw refused();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw refused();
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        throw refused();
    }

    @Override
    public V replace(K key, V value) {
        throw refused();
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> f) {
        throw refused();
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> f) {
        throw refused();
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> f) {
        throw refused();
    }

    @Override
    public V merge(K key, V value,
                           BiFunction<? super V, ? super V, ? extends V> f) {
        throw refused();
    }

    private static UnsupportedOperationException refused() {
        return new UnsupportedOperationException("immutable map");
    }
}
