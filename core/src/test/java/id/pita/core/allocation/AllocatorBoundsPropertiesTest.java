package id.pita.core.allocation;

import static id.pita.core.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** §2 invariants about limits, over thousands of random districts (each built from the generated seed). */
class AllocatorBoundsPropertiesTest {
    @Test
    void neverHandsOutMoreThanThereIs() {
        forAll("never hands out more than there is", 1401L, 1500, Random::nextLong, seed -> {
            for (var v : PlanView.both(RandomDistricts.small(seed))) {
                long office = v.classRate(false);
                long hotspot = v.classRate(true);
                assertThat(office + hotspot).as("classes within the pool").isLessThanOrEqualTo(v.pool);
                long offices = v.sites(false).stream().mapToLong(v::rate).sum();
                long hotspots = v.sites(true).stream().mapToLong(v::rate).sum();
                assertThat(offices).as("offices within their class").isLessThanOrEqualTo(office);
                assertThat(hotspots).as("hotspots within their class").isLessThanOrEqualTo(hotspot);
                assertThat(offices + hotspots).as("all sites within the pool").isLessThanOrEqualTo(v.pool);
                v.sessionsByHotspot().forEach((code, sessions) -> assertThat(sessions.stream()
                        .mapToLong(v::sessionRate).sum()).as("sessions within hotspot %s", code)
                        .isLessThanOrEqualTo(v.out.sites().get(code).get(v.d)));
            }
        });
    }

    @Test
    void neverGivesAnythingAboveItsCeiling() {
        forAll("never gives anything above its ceiling", 1402L, 1500, Random::nextLong, seed -> {
            for (var v : PlanView.both(RandomDistricts.small(seed))) {
                for (var s : v.in.sites()) {
                    assertThat(v.rate(s)).as("site %s", s.site().code()).isLessThanOrEqualTo(v.claim(s).ceiling());
                }
                for (boolean hotspots : new boolean[] {false, true}) {
                    long classCap = Math.max(v.shareOfPool(v.share(hotspots).ceiling()), v.floorSum(hotspots));
                    assertThat(v.classRate(hotspots)).as("class cap").isLessThanOrEqualTo(classCap);
                }
                for (var s : v.in.sessions()) {
                    if (v.out.sessions().containsKey(s.sessionKey())) {
                        assertThat(v.sessionRate(s)).as("device cap").isLessThanOrEqualTo(v.deviceCap());
                    }
                }
            }
        });
    }

    @Test
    void meetsEveryGuaranteeWhenTheGuaranteesFit() {
        // Views whose guarantees fit, of all views: the property must not hold only vacuously.
        long[] fitAndAll = new long[2];
        forAll("meets every guarantee when the guarantees fit", 1403L, 1500, Random::nextLong, seed -> {
            var in = RandomDistricts.small(seed);
            for (var v : PlanView.both(in)) {
                long officeFloor = Math.max(v.shareOfPool(v.share(false).guaranteed()), v.floorSum(false));
                long hotspotFloor = v.open()
                        ? Math.max(v.shareOfPool(v.share(true).guaranteed()), v.floorSum(true)) : 0;
                boolean fits = officeFloor + hotspotFloor <= v.pool;
                fitAndAll[0] += fits ? 1 : 0;
                fitAndAll[1]++;
                if (!fits) {
                    continue;
                }
                for (var s : v.in.sites()) {
                    if (v.open() || !s.site().isHotspot()) {
                        assertThat(v.rate(s)).as("site %s", s.site().code())
                                .isGreaterThanOrEqualTo(v.claim(s).floor());
                    }
                }
                var direction = v.d.name().toLowerCase(java.util.Locale.ROOT) + ":";
                assertThat(v.out.warnings()).noneMatch(w -> w.startsWith(direction) && w.contains("over-committed"));
            }
        });
        assertThat(100.0 * fitAndAll[0] / fitAndAll[1]).as("percent of views whose guarantees fit").isGreaterThan(15);
    }

    @Test
    void closedHotspotsGetNothingAndStraySessionsNoEntry() {
        forAll("closed hotspots get nothing and stray sessions no entry", 1404L, 1000, Random::nextLong, seed -> {
            for (var v : PlanView.both(RandomDistricts.small(seed))) {
                var known = v.sessionsByHotspot().values().stream().mapToInt(java.util.List::size).sum();
                assertThat(v.out.sessions()).hasSize(known);
                if (!v.open()) {
                    assertThat(v.classRate(true)).isZero();
                    assertThat(v.sites(true)).allSatisfy(s -> assertThat(v.rate(s)).isZero());
                    assertThat(v.out.sessions().values()).allSatisfy(b -> assertThat(b.get(v.d)).isZero());
                }
            }
        });
    }
}
