package id.pita.core.allocation;

import static id.pita.core.testing.PropertyCheck.between;
import static id.pita.core.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.InvalidValueException;
import id.pita.core.district.Bandwidth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The columnar path ({@link SessionColumns} in, {@link SessionRates} out) against the record one: the same plan
 * whichever way the sessions came in, index reads that agree with the map view, and a session key listed twice
 * named as the key table that used to catch it named it. {@link AllocatorGoldenTest} pins the decisions themselves.
 */
class SessionColumnsPropertiesTest {

    @Test
    void columnsBuiltByTheControlLoopPlanAsTheRecordsDo() {
        forAll("columns plan as records", 2201L, 150, Random::nextLong, seed -> {
            var in = RandomDistricts.small(seed);
            var records = List.copyOf(new ArrayList<SessionDemand>(in.sessions()));
            var b = SessionColumns.builder(between(new Random(seed), 0, 5));
            for (var s : records) {
                // Fresh strings, as sessions read from the store carry: no identity shared with the sites' codes.
                b.add(new String(s.sessionKey()), new String(s.siteCode()), s.demand());
            }
            var columns = b.build();
            assertThat(columns).isEqualTo(records);
            var viaColumns = Allocator.allocate(new AllocationInput(in.pool(), in.policy(), in.citizenPlan(),
                    in.sites(), columns));
            var viaRecords = Allocator.allocate(new AllocationInput(in.pool(), in.policy(), in.citizenPlan(),
                    in.sites(), records));
            assertThat(viaColumns).isEqualTo(viaRecords);
            assertThat(List.copyOf(viaColumns.sessions().keySet())).isEqualTo(List.copyOf(viaRecords.sessions().keySet()));
            var rates = (SessionRates) viaColumns.sessions();
            assertThat(rates.columns()).isSameAs(columns);
            int withRate = 0;
            for (int i = 0; i < columns.size(); i++) {
                var byKey = viaRecords.sessions().get(columns.key(i));
                assertThat(viaColumns.sessionRate(columns, i)).isEqualTo(byKey);
                // Another plan's columns (the records') are read by key and agree too.
                assertThat(viaRecords.sessionRate(columns, i)).isEqualTo(byKey);
                assertThat(rates.has(i)).isEqualTo(byKey != null);
                if (rates.has(i)) {
                    withRate++;
                    assertThat(new Bandwidth(rates.down(i), rates.up(i))).isEqualTo(byKey);
                }
            }
            assertThat(withRate).isEqualTo(viaColumns.sessions().size());
        });
    }

    @Test
    void plansTheSameWhateverOrderTheSessionsCameIn() {
        forAll("same plan whatever the session order", 2202L, 100, Random::nextLong, seed -> {
            var in = RandomDistricts.small(seed);
            var shuffled = new ArrayList<SessionDemand>(in.sessions());
            Collections.shuffle(shuffled, new Random(seed));
            var a = Allocator.allocate(in);
            var b = Allocator.allocate(new AllocationInput(in.pool(), in.policy(), in.citizenPlan(), in.sites(),
                    SessionColumns.of(shuffled)));
            assertThat(b).isEqualTo(a);
        });
    }

    /** "Aa" and "BB" have the same hash, and so do all strings of such pairs: keys here collide on purpose. */
    private static String key(Random r) {
        var k = new StringBuilder();
        for (int j = between(r, 1, 3); j > 0; j--) {
            k.append(r.nextBoolean() ? "Aa" : "BB");
        }
        return k.toString();
    }

    @Test
    void namesTheKeyListedTwiceAsAHashTableFilledInInputOrderWould() {
        forAll("names the first repeated key", 2203L, 200, Random::nextLong, seed -> {
            var in = RandomDistricts.small(seed);
            var hotspots = in.sites().stream().filter(s -> s.site().isHotspot()).map(s -> s.site().code()).toList();
            if (hotspots.isEmpty()) {
                return;
            }
            var r = new Random(seed);
            var sessions = new ArrayList<SessionDemand>();
            for (int k = between(r, 2, 30); k > 0; k--) {
                String site = r.nextInt(6) == 0 ? "nowhere" : hotspots.get(r.nextInt(hotspots.size()));
                sessions.add(new SessionDemand(key(r), site, Bandwidth.symmetric(between(r, 0, 1000L))));
            }
            var seen = new HashSet<String>();
            String expected = null;
            for (var s : sessions) {
                if (!s.siteCode().equals("nowhere") && !seen.add(s.sessionKey())) {
                    expected = s.sessionKey();
                    break;
                }
            }
            var input = new AllocationInput(in.pool(), in.policy(), in.citizenPlan(), in.sites(), sessions);
            if (expected == null) {
                assertThat(Allocator.allocate(input).sessions()).hasSize(seen.size());
            } else {
                assertThatThrownBy(() -> Allocator.allocate(input)).isInstanceOf(InvalidValueException.class)
                        .hasMessage("sessions: a key is listed twice (duplicate key: " + expected + ")");
            }
        });
    }

    @Test
    void theBuilderRefusesWhatASessionDemandRefuses() {
        var b = SessionColumns.builder(1);
        assertThatThrownBy(() -> b.add(" ", "pasar", 1, 1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> b.add("k", null, 1, 1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> b.add("k", "", 1, 1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> b.add("k", "pasar", -1, 1)).isInstanceOf(InvalidValueException.class);
        assertThat(b.add("k", "pasar", 1, 2).build()).containsExactly(new SessionDemand("k", "pasar",
                new Bandwidth(1, 2)));
    }
}
