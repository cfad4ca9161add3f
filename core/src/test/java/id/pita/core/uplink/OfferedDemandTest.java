package id.pita.core.uplink;

import static id.pita.core.testing.PropertyCheck.between;
import static id.pita.core.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.allocation.Allocation;
import id.pita.core.district.Bandwidth;
import id.pita.core.uplink.OfferedDemand.Draw;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OfferedDemandTest {
    private static final long MBPS = 1_000_000L;
    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

    private static Allocation plan(Map<String, Bandwidth> sites, Map<String, Bandwidth> sessions) {
        return new Allocation(Bandwidth.ZERO, Bandwidth.ZERO, sites, sessions, List.of());
    }

    @Test
    void eachSessionIsCappedByItsOwnRateAndEachSiteByItsRate() {
        var plan = plan(Map.of("rsud", Bandwidth.mbps(30, 30), "taman", Bandwidth.mbps(10, 10)),
                Map.of("gw/t1", Bandwidth.mbps(4, 2), "gw/t2", Bandwidth.mbps(4, 2)));
        var draws = List.of(new Draw("gw/r1", "rsud", Bandwidth.mbps(25, 5)),
                new Draw("gw/r2", "rsud", Bandwidth.mbps(25, 5)),
                new Draw("gw/t1", "taman", Bandwidth.mbps(8, 1)),
                new Draw("gw/t2", "taman", Bandwidth.mbps(1, 1)));
        // rsud: 50/10 drawn, capped at its 30/30; taman: min(8,4) + 1 = 5 down, 1 + 1 = 2 up.
        assertThat(OfferedDemand.of(draws, plan)).isEqualTo(Bandwidth.mbps(35, 12));
    }

    @Test
    void nothingMeasuredOffersNothingAndASiteThePlanGivesNothingAddsNothing() {
        var plan = plan(Map.of("rsud", Bandwidth.mbps(30, 30)), Map.of());
        assertThat(OfferedDemand.of(List.of(), plan)).isEqualTo(Bandwidth.ZERO);
        assertThat(OfferedDemand.of(List.of(new Draw("gw/x", "closed-hotspot", Bandwidth.mbps(40, 40))), plan))
                .isEqualTo(Bandwidth.ZERO);
    }

    private record World(List<Draw> draws, Allocation plan) {
    }

    private static World randomWorld(Random r) {
        var sites = new HashMap<String, Bandwidth>();
        var sessions = new HashMap<String, Bandwidth>();
        var draws = new ArrayList<Draw>();
        int n = between(r, 0, 40);
        for (int i = 0; i < n; i++) {
            var site = "site-" + r.nextInt(6);
            if (r.nextInt(5) != 0) {
                sites.putIfAbsent(site, new Bandwidth(between(r, 0L, 100 * MBPS), between(r, 0L, 100 * MBPS)));
            }
            var key = "gw/" + i;
            if (r.nextBoolean()) {
                sessions.put(key, new Bandwidth(between(r, 0L, 10 * MBPS), between(r, 0L, 10 * MBPS)));
            }
            draws.add(new Draw(key, site, new Bandwidth(between(r, 0L, 50 * MBPS), between(r, 0L, 50 * MBPS))));
        }
        return new World(draws, plan(sites, sessions));
    }

    @Test
    void neverMoreThanThePlanAllowsNorMoreThanIsDrawn() {
        forAll("offered within plan and draws", 1816L, 1000, OfferedDemandTest::randomWorld, w -> {
            var offered = OfferedDemand.of(w.draws(), w.plan());
            var planned = w.plan().sites().values().stream().reduce(Bandwidth.ZERO, Bandwidth::plus);
            var drawn = w.draws().stream().map(Draw::rate).reduce(Bandwidth.ZERO, Bandwidth::plus);
            assertThat(offered.fitsWithin(planned)).as("%s within the plan %s", offered, planned).isTrue();
            assertThat(offered.fitsWithin(drawn)).as("%s within the draws %s", offered, drawn).isTrue();
        });
    }

    @Test
    void moreDrawnNeverOffersLess() {
        forAll("monotone in the draws", 1817L, 1000, OfferedDemandTest::randomWorld, w -> {
            var before = OfferedDemand.of(w.draws(), w.plan());
            var more = w.draws().stream().map(d -> new Draw(d.sessionKey(), d.siteCode(),
                    d.rate().plus(Bandwidth.mbps(1, 1)))).toList();
            var after = OfferedDemand.of(more, w.plan());
            assertThat(before.fitsWithin(after)).as("%s then %s", before, after).isTrue();
        });
    }

    /**
     * The property the uplink relies on: on a quiet link the sessions draw what they use (no session presses on its
     * limit, so each draw is its measured rate), and the link carries at least what they use (it may carry more: other
     * traffic); fed with what such plans offer, the estimator never takes the link for a saturated one, whatever the
     * plan, and publishes the contracted capacity throughout.
     */
    @Test
    void aQuietLinkIsNeverInferredSaturated() {
        var contracted = Bandwidth.mbps(200, 200);
        forAll("quiet is not saturated", 1818L, 300, r -> r.nextLong(), seed -> {
            var r = new Random(seed);
            var e = new UplinkEstimator(contracted, UplinkEstimator.Config.DEFAULT, T0);
            long in = 0;
            long out = 0;
            var at = T0;
            for (int step = 0; step < 60; step++) {
                var w = randomWorld(r);
                var offered = OfferedDemand.of(w.draws(), w.plan());
                var used = w.draws().stream().map(Draw::rate).reduce(Bandwidth.ZERO, Bandwidth::plus);
                long extraDown = between(r, 0L, 5 * MBPS);
                long extraUp = between(r, 0L, 5 * MBPS);
                at = at.plusSeconds(30);
                in += (used.down() + extraDown) / 8 * 30;
                out += (used.up() + extraUp) / 8 * 30;
                var est = e.offer(new UplinkSample(at, in, out, true, 0, offered));
                assertThat(e.ceiling()).as("step %d: offered %s, used %s", step, offered, used).isEqualTo(contracted);
                assertThat(est.effective()).isEqualTo(contracted);
            }
        });
    }

    @Test
    void aLinkCarryingFortyPercentOfWhatThePlanOffersIsSaturatedAtWhatItCarries() {
        var contracted = Bandwidth.mbps(100, 100);
        var e = new UplinkEstimator(contracted, UplinkEstimator.Config.DEFAULT, T0);
        var plan = plan(Map.of("rsud", Bandwidth.mbps(50, 50), "kominfo", Bandwidth.mbps(50, 50)), Map.of());
        var draws = List.of(new Draw("gw/r", "rsud", Bandwidth.mbps(100, 100)),
                new Draw("gw/k", "kominfo", Bandwidth.mbps(100, 100)));
        var offered = OfferedDemand.of(draws, plan);
        assertThat(offered).isEqualTo(contracted);
        long octets = 0;
        var at = T0;
        for (int step = 0; step < 20; step++) {
            at = at.plusSeconds(30);
            octets += 40 * MBPS / 8 * 30;
            e.offer(new UplinkSample(at, octets, octets, true, 100, offered));
        }
        assertThat(e.ceiling()).isEqualTo(Bandwidth.mbps(42, 42));
        assertThat(e.estimate().effective()).isEqualTo(Bandwidth.mbps(42, 42));
    }
}
