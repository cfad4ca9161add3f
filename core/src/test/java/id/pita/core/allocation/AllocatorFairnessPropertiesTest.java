package id.pita.core.allocation;

import static id.pita.core.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** §2 invariants about fairness, work conservation and determinism, over random districts from seeds. */
class AllocatorFairnessPropertiesTest {
    /** Whole-bit/s rounding moves a share by at most one bit/s, i.e. 1/w per unit of weight, on each side. */
    private static final double EPSILON = 2.0;

    @Test
    void leavesNothingIdleWhileSomeoneIsBelowItsCeiling() {
        forAll("leaves nothing idle while someone is below its ceiling", 1501L, 1500, Random::nextLong, seed -> {
            for (var v : PlanView.both(RandomDistricts.small(seed))) {
                boolean poolLeft = v.classRate(false) + v.classRate(true) < v.pool;
                for (boolean hotspots : new boolean[] {false, true}) {
                    var sites = v.sites(hotspots);
                    long classRate = v.classRate(hotspots);
                    boolean allAtCeiling = sites.stream().allMatch(s -> v.rate(s) == v.claim(s).ceiling());
                    boolean classAtCeiling = classRate >= v.shareOfPool(v.share(hotspots).ceiling());
                    if (poolLeft && (v.open() || !hotspots)) {
                        assertThat(allAtCeiling || classAtCeiling).as("pool left over, class %s", hotspots).isTrue();
                    }
                    if (sites.stream().mapToLong(v::rate).sum() < classRate) {
                        assertThat(allAtCeiling).as("class rate left over").isTrue();
                    }
                }
                v.sessionsByHotspot().forEach((code, sessions) -> {
                    if (sessions.stream().mapToLong(v::sessionRate).sum() < v.out.sites().get(code).get(v.d)) {
                        assertThat(sessions).allSatisfy(s -> assertThat(v.sessionRate(s)).isEqualTo(v.deviceCap()));
                    }
                });
            }
        });
    }

    /**
     * Max-min with floors and caps: if i's weighted share is clearly below j's, i could only gain by taking from
     * j, which is allowed only above j's floor. Phase 1 (i wants more) protects j's guarantee; phase 2 (i is
     * satisfied but below its ceiling) protects everything j wanted.
     */
    @Test
    void noSiteCanGainWithoutTakingFromOneWithASmallerWeightedShare() {
        forAll("no gain without taking from a smaller weighted share", 1502L, 1500, Random::nextLong, seed -> {
            for (var v : PlanView.both(RandomDistricts.small(seed))) {
                for (boolean hotspots : new boolean[] {false, true}) {
                    var claims = new ArrayList<PlanView.Claim>();
                    var rates = new ArrayList<Long>();
                    v.sites(hotspots).forEach(s -> {
                        claims.add(v.claim(s));
                        rates.add(v.rate(s));
                    });
                    assertMaxMin(claims, rates);
                }
                v.sessionsByHotspot().values().forEach(sessions -> {
                    var claims = new ArrayList<PlanView.Claim>();
                    var rates = new ArrayList<Long>();
                    sessions.forEach(s -> {
                        long want = Math.min(v.deviceCap(), s.demand().get(v.d));
                        claims.add(new PlanView.Claim(0, want, v.deviceCap(), 1));
                        rates.add(v.sessionRate(s));
                    });
                    assertMaxMin(claims, rates);
                });
            }
        });
    }

    private static void assertMaxMin(List<PlanView.Claim> claims, List<Long> rates) {
        for (int i = 0; i < claims.size(); i++) {
            for (int j = 0; j < claims.size(); j++) {
                var ci = claims.get(i);
                var cj = claims.get(j);
                long ri = rates.get(i);
                long rj = rates.get(j);
                if ((double) ri / ci.weight() >= (double) rj / cj.weight() - EPSILON) {
                    continue;
                }
                if (ri < ci.want()) {
                    assertThat(rj).as("%s wants more, so %s is at its floor", ci, cj).isLessThanOrEqualTo(cj.floor());
                } else if (ri < ci.ceiling()) {
                    assertThat(rj).as("%s could borrow, so %s is at its want", ci, cj)
                            .isLessThanOrEqualTo(Math.max(cj.floor(), cj.want()));
                }
            }
        }
    }

    @Test
    void sameInputInAnyOrderGivesTheSamePlan() {
        forAll("same input in any order gives the same plan", 1503L, 1000, Random::nextLong, seed -> {
            var in = RandomDistricts.small(seed);
            var first = Allocator.allocate(in);
            assertThat(Allocator.allocate(in)).isEqualTo(first);
            var sites = new ArrayList<>(in.sites());
            var sessions = new ArrayList<>(in.sessions());
            var random = new Random(seed);
            Collections.shuffle(sites, random);
            Collections.shuffle(sessions, random);
            var shuffled = new AllocationInput(in.pool(), in.policy(), in.citizenPlan(), sites, sessions);
            assertThat(Allocator.allocate(shuffled)).isEqualTo(first);
        });
    }
}
