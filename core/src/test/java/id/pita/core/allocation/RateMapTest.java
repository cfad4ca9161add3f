package id.pita.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.district.Bandwidth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateMapTest {
    private static RateMap map(String... keys) {
        long[] down = new long[keys.length];
        long[] up = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            down[i] = i;
            up[i] = 2L * i;
        }
        return new RateMap(new KeyTable(keys), down, up);
    }

    @Test
    void equalsAHashMapWithTheSameEntriesAndFindsEachKey() {
        var keys = new String[5000];
        var expected = new HashMap<String, Bandwidth>();
        for (int i = 0; i < keys.length; i++) {
            keys[i] = "gw" + (i % 7) + ":" + i;
            expected.put(keys[i], new Bandwidth(i, 2L * i));
        }
        var m = map(keys);
        assertThat(m).isEqualTo(expected).hasSameHashCodeAs(expected).hasSize(5000);
        assertThat(m.get("gw3:10")).isEqualTo(new Bandwidth(10, 20));
        assertThat(m.get("gw3:5000")).isNull();
        assertThat(m.containsKey("gw0:0")).isTrue();
        assertThat(m.containsValue(new Bandwidth(4999, 9998))).isTrue();
    }

    @Test
    void findsKeysWhoseHashesCollide() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        var m = map("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa");
        assertThat(m.get("BB")).isEqualTo(new Bandwidth(1, 2));
        assertThat(m.get("BBAa")).isEqualTo(new Bandwidth(5, 10));
        assertThat(m.get("AaAaAa")).isNull();
    }

    @Test
    void iteratesInTheOrderOfItsArrays() {
        var seen = new ArrayList<String>();
        map("c", "a", "b").forEach((k, v) -> seen.add(k));
        assertThat(seen).containsExactly("c", "a", "b");
        assertThat(map("c", "a", "b").keySet()).containsExactly("c", "a", "b");
    }

    @Test
    void rejectsAKeyListedTwice() {
        assertThatThrownBy(() -> map("a", "b", "a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duplicate key: a");
    }

    @Test
    void refusesEveryChangeAndNullLookupsAsMapOfDoes() {
        var m = map("a");
        var empty = map();
        List<Runnable> changes = List.of(() -> m.put("b", Bandwidth.ZERO), () -> m.remove("zzz"),
                () -> empty.clear(), () -> empty.putAll(Map.of()), () -> m.putIfAbsent("a", Bandwidth.ZERO),
                () -> m.replace("zzz", Bandwidth.ZERO), () -> m.computeIfPresent("zzz", (k, v) -> v),
                () -> m.merge("a", Bandwidth.ZERO, (x, y) -> y), () -> m.entrySet().iterator().next().setValue(null));
        for (var change : changes) {
            assertThatThrownBy(change::run).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThatThrownBy(() -> m.get(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> m.containsKey(null)).isInstanceOf(NullPointerException.class);
        assertThat(m).containsExactly(Map.entry("a", Bandwidth.ZERO));
    }

    @Test
    void allocationKeepsARateMapAndCopiesAnyOtherMap() {
        var rates = map("a");
        var other = new HashMap<>(Map.of("b", Bandwidth.ZERO));
        var a = new Allocation(Bandwidth.ZERO, Bandwidth.ZERO, other, rates, List.of());
        assertThat(a.sessions()).isSameAs(rates);
        assertThat(a.sites()).isNotSameAs(other).isEqualTo(other);
        other.clear();
        assertThat(a.sites()).hasSize(1);
    }
}
