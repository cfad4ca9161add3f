package id.pita.engine.control;

import id.pita.core.allocation.Allocator;
import id.pita.core.calendar.IndonesianCalendars;
import id.pita.core.calendar.Regime;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Boost;
import id.pita.core.district.CitizenPlan;
import id.pita.core.district.ClassShare;
import id.pita.core.district.District;
import id.pita.core.district.Gateway;
import id.pita.core.district.Pool;
import id.pita.core.district.RegimePolicy;
import id.pita.core.district.Site;
import id.pita.core.district.SiteKind;
import id.pita.core.district.Vendor;
import id.pita.core.session.Session;
import id.pita.core.testing.MutableClock;
import id.pita.core.testing.PropertyCheck;
import id.pita.engine.access.DeviceUsage;
import id.pita.engine.access.TestDistricts;
import id.pita.engine.metrics.EngineMetrics;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * A district on a simulated clock for the control loop's property tests: office links and citizen phones
 * with a hidden demand each (piecewise constant), gateways that shape them to the rate last ACKed and report
 * counters every interim interval, and the real {@link ControlLoop} (estimator, planner, allocator, push
 * tracker) on a {@link ManualScheduler}. Pushes are ACKed at once. It checks, at every round, that the
 * rates the gateways apply stay within the pool, the ceilings and device cap, and never below a guarantee
 * that holds.
 */
final class LoopWorld {
    static final Duration PERIOD = Duration.ofSeconds(30);
    static final Duration INTERIM = Duration.ofMinutes(5);
    static final Duration STEP = Duration.ofSeconds(10);

    /** One demand level from an instant on. */
    record Level(Instant from, Bandwidth demand) {
    }

    /** A session to simulate: where, and its demand over time (levels in time order). */
    record SessionSpec(String siteCode, List<Level> demand, Duration interimOffset) {
        Bandwidth at(Instant t) {
            var d = demand.get(0).demand();
            for (var l : demand) {
                if (!l.from().isAfter(t)) {
                    d = l.demand();
                }
            }
            return d;
        }

        @Override
        public String toString() {
            var sb = new StringBuilder(siteCode).append(":");
            for (var l : demand) {
                sb.append(' ').append(l.demand());
            }
            return sb.toString();
        }
    }

    /** The generated case: a district, a time window with one regime, and its sessions. */
    record Scenario(District district, Instant start, Instant end, List<SessionSpec> sessions) {
        @Override
        public String toString() {
            return "pool " + district.pool().capacity() + ", " + start + " to " + end + ", sites "
                    + district.sites().stream().map(s -> s.code() + " g" + s.guarantee() + " c" + s.ceiling()
                    + " w" + s.weight() + (s.alwaysOn() ? " alwaysOn" : "")).toList() + ", sessions " + sessions;
        }
    }

    /** One push the gateways received. */
    record Sent(Instant at, String sessionKey, Bandwidth rate, PushReason reason) {
    }

    private final class Sim {
        final String key;
        final String gatewayId;
        final String acctSessionId;
        final SessionSpec spec;
        final Instant started;
        Bandwidth limit;
        Bandwidth stored = Bandwidth.ZERO;
        double down;
        double up;
        Instant tick;
        Instant lastReport;
        long reportedDown;
        long reportedUp;
        Instant nextInterim;

        Sim(String gatewayId, String acctSessionId, SessionSpec spec, Instant start, Bandwidth accepted) {
            this.key = gatewayId + "/" + acctSessionId;
            this.gatewayId = gatewayId;
            this.acctSessionId = acctSessionId;
            this.spec = spec;
            this.started = start;
            this.limit = accepted;
            this.tick = start;
            this.lastReport = start;
            this.nextInterim = start.plus(spec.interimOffset());
        }

        void advance(Instant now) {
            if (!now.isAfter(tick)) {
                return;
            }
            double seconds = Duration.between(tick, now).toMillis() / 1000.0;
            var flow = spec.at(tick).min(limit);
            down += flow.down() * seconds / 8;
            up += flow.up() * seconds / 8;
            tick = now;
        }

        Session session() {
            var site = district.site(spec.siteCode()).orElseThrow();
            return new Session(gatewayId, acctSessionId, "user-" + acctSessionId, site.code(),
                    site.isHotspot() ? mac(acctSessionId) : "", "10.0.0.1", started, lastReport, reportedUp,
                    reportedDown, Duration.between(started, lastReport).toSeconds(), stored, null);
        }
    }

    final District district;
    final Scenario scenario;
    final MutableClock clock;
    final ManualScheduler scheduler;
    final ControlLoop loop;
    final List<Sent> sent = new ArrayList<>();
    final List<String> violations = new ArrayList<>();
    private final Map<String, Sim> sims = new LinkedHashMap<>();
    private final Regime regime;

    LoopWorld(Scenario scenario, ControlConfig config, DemandModel demand) {
        this.scenario = scenario;
        this.district = scenario.district();
        this.clock = MutableClock.at(scenario.start());
        this.scheduler = new ManualScheduler(clock);
        var regimes = TestDistricts.regimes(district);
        this.regime = regimes.at(scenario.start()).regime();
        int n = 0;
        for (var spec : scenario.sessions()) {
            var site = district.site(spec.siteCode()).orElseThrow();
            var gateway = district.gateways().stream().filter(g -> g.siteCode().equals(site.code())).findFirst()
                    .orElseThrow();
            // The Access-Accept gave something: a modest rate, as from a plan that did not know this session.
            var accepted = site.isHotspot() ? district.citizenPlan().deviceCap().min(site.ceiling())
                    : Planner.max(site.guarantee(), RoundInputs.floor(site.ceiling()));
            var sim = new Sim(gateway.id(), "s" + n++, spec, scenario.start(), accepted);
            sims.put(sim.key, sim);
        }
        SessionSource source = new SessionSource() {
            @Override
            public List<Session> onlineSessions() {
                return sims.values().stream().map(Sim::session).toList();
            }

            @Override
            public List<Boost> boosts(Instant now) {
                return List.of();
            }
        };
        Pusher pusher = push -> {
            var sim = sims.get(push.sessionKey());
            var now = clock.instant();
            if (push instanceof Push.RateChange change) {
                sim.advance(now);
                sim.limit = change.rate();
                sent.add(new Sent(now, push.sessionKey(), change.rate(), change.pushReason()));
            }
            return CompletableFuture.completedFuture(new PushResult(PushResult.Outcome.ACK, "", now));
        };
        PushLedger ledger = (push, result) -> {
            if (result.acked() && push instanceof Push.RateChange change) {
                sims.get(push.sessionKey()).stored = change.rate();
            }
        };
        PlanSink plans = snapshot -> checkApplied(snapshot.at());
        var ports = new ControlPorts(source, (mac, day, zone) -> DeviceUsage.NONE, plans, pusher, ledger);
        this.loop = new ControlLoop(config, clock, scheduler, () -> district, regimes, ports, Allocator::allocate,
                new EngineMetrics(), demand);
    }

    static ControlConfig config(Duration dwell) {
        return new ControlConfig(PERIOD, 0.10, 20, Duration.ofMinutes(2), dwell);
    }

    /** Runs the whole scenario. */
    LoopWorld run() {
        loop.start();
        for (var t = scenario.start(); !t.isAfter(scenario.end()); t = t.plus(STEP)) {
            for (var sim : sims.values()) {
                sim.advance(t);
                if (!t.isBefore(sim.nextInterim)) {
                    sim.reportedDown = Math.round(sim.down);
                    sim.reportedUp = Math.round(sim.up);
                    sim.lastReport = t;
                    sim.nextInterim = t.plus(INTERIM);
                }
            }
            scheduler.runUntil(t);
        }
        loop.stop();
        return this;
    }

    /** Before each plan: the rates the gateways have now respect the pool, ceilings, caps and guarantees. */
    private void checkApplied(Instant at) {
        if (regimeAt(at) != regime) {
            violations.add(at + ": the regime changed inside the scenario");
        }
        long down = 0;
        long up = 0;
        for (var sim : sims.values()) {
            var site = district.site(sim.spec.siteCode()).orElseThrow();
            var l = sim.limit;
            down += l.down();
            up += l.up();
            var cap = site.isHotspot() ? district.citizenPlan().deviceCap() : site.ceiling();
            if (!l.fitsWithin(Planner.max(cap, new Bandwidth(PushDiff.MIN_RATE, PushDiff.MIN_RATE)))) {
                violations.add(at + ": " + sim.key + " at " + l + " above its cap " + cap);
            }
            if (!sim.stored.equals(Bandwidth.ZERO) && Planner.guaranteeHolds(site, regime)
                    && !site.guarantee().fitsWithin(l)) {
                violations.add(at + ": " + sim.key + " at " + l + " below its guarantee " + site.guarantee());
            }
        }
        if (!new Bandwidth(down, up).fitsWithin(district.pool().capacity())) {
            violations.add(at + ": applied " + new Bandwidth(down, up) + " exceed the pool "
                    + district.pool().capacity());
        }
    }

    private Regime regimeAt(Instant at) {
        return TestDistricts.regimes(district).at(at).regime();
    }

    /** Pushes per session key, in time order. */
    Map<String, List<Sent>> bySession() {
        var out = new TreeMap<String, List<Sent>>();
        sims.keySet().forEach(k -> out.put(k, new ArrayList<>()));
        sent.forEach(s -> out.get(s.sessionKey()).add(s));
        return out;
    }

    /** The instants at which any session's demand changes (after the start). */
    List<Instant> demandChanges() {
        var out = new ArrayList<Instant>();
        for (var spec : scenario.sessions()) {
            spec.demand().stream().skip(1).map(Level::from).forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    /** Per session key, the rate the allocator gives it when every session's true demand at {@code at} is known. */
    Map<String, Bandwidth> idealAllocation(Instant at) {
        var regimeState = TestDistricts.regimes(district).at(at);
        var sessions = new ArrayList<Session>();
        var siteDemand = new java.util.HashMap<String, Bandwidth>();
        var sessionDemand = new java.util.HashMap<String, Bandwidth>();
        for (var sim : sims.values()) {
            var s = sim.session();
            sessions.add(s);
            var d = sim.spec.at(at);
            sessionDemand.put(s.key(), d);
            siteDemand.merge(s.siteCode(), d, Bandwidth::plus);
        }
        var site = new java.util.HashMap<String, Bandwidth>();
        for (var x : district.sites()) {
            site.put(x.code(), siteDemand.getOrDefault(x.code(), Bandwidth.ZERO).min(x.ceiling()));
        }
        var allocation = new Planner(Allocator::allocate, 0).plan(new PlanInput(at, district, regimeState, sessions,
                site, sessionDemand, List.of(), Map.of(), java.util.Set.of())).allocation();
        var out = new java.util.HashMap<String, Bandwidth>();
        for (var sim : sims.values()) {
            var x = district.site(sim.spec.siteCode()).orElseThrow();
            out.put(sim.key, x.isHotspot() ? allocation.sessions().get(sim.key).min(district.citizenPlan().deviceCap())
                    : allocation.sites().get(x.code()));
        }
        return out;
    }

    Bandwidth limitOf(String key) {
        return sims.get(key).limit;
    }

    Bandwidth demandOf(String key, Instant at) {
        return sims.get(key).spec.at(at);
    }

    private static String mac(String id) {
        int n = Integer.parseInt(id.substring(1));
        return String.format("AA:00:00:00:%02X:%02X", (n >> 8) & 0xFF, n & 0xFF);
    }

    // ---- generators ----

    static final Instant SATURDAY = LocalDateTime.parse("2026-11-28T06:00").atZone(TestDistricts.WITA).toInstant();
    static final Instant MONDAY_8 = LocalDateTime.parse("2026-11-23T08:00").atZone(TestDistricts.WITA).toInstant();

    /**
     * A random district: 1-4 offices (some always on) and 1-2 hotspots with 1-6 phones each, a pool of
     * 40-400 Mbit/s, guarantees that fit their class. Either a Saturday (after hours all day) or a Monday's
     * office hours from 08:00, with hotspots open.
     */
    static District district(Random r, int offices, int hotspots) {
        long pool = PropertyCheck.between(r, 40, 400) * 1_000_000L;
        var sites = new ArrayList<Site>();
        var gateways = new ArrayList<Gateway>();
        for (int i = 0; i < offices + hotspots; i++) {
            boolean hotspot = i >= offices;
            long ceiling = PropertyCheck.between(r, 10, 200) * 1_000_000L;
            long guarantee = Math.min(ceiling / 2, pool / 10 / (offices + hotspots));
            var site = new Site((hotspot ? "hs" : "of") + i, "Site " + i, hotspot ? SiteKind.HOTSPOT : SiteKind.OFFICE,
                    "Area", new Bandwidth(guarantee, guarantee / 2), new Bandwidth(ceiling, ceiling / 2),
                    PropertyCheck.between(r, 1, 40), !hotspot && r.nextInt(3) == 0);
            sites.add(site);
            gateways.add(new Gateway("gw" + i, site.code(), "10.9.0." + (i + 1), "secret-" + i,
                    hotspot ? Vendor.COOVACHILLI : Vendor.MIKROTIK, 3799, null, null));
        }
        var office = new RegimePolicy(Regime.OFFICE_HOURS, new ClassShare(0.7, 1.0, 3), new ClassShare(0.1, 0.3, 1),
                true);
        var after = new RegimePolicy(Regime.AFTER_HOURS, new ClassShare(0.1, 1.0, 1), new ClassShare(0.6, 1.0, 3),
                true);
        var plan = new CitizenPlan(Bandwidth.mbps(5, 1), 0, Duration.ZERO, Duration.ofHours(24),
                Duration.ofMinutes(10), INTERIM, 1);
        return new District("prop", "Kabupaten Uji", TestDistricts.WITA, new Pool(new Bandwidth(pool, pool / 2), 1),
                sites, gateways, IndonesianCalendars.standard2026(),
                Map.of(Regime.OFFICE_HOURS, office, Regime.AFTER_HOURS, after), plan);
    }

    /** A demand for a session at {@code site}: from a trickle to above what it may have. */
    static Bandwidth demand(Random r, Site site, CitizenPlan plan) {
        var top = site.isHotspot() ? plan.deviceCap() : site.ceiling();
        double f = Math.exp(Math.log(1 / 40.0) + r.nextDouble() * Math.log(1.3 * 40));
        return new Bandwidth(Math.max(20_000, Math.round(top.down() * f)),
                Math.max(10_000, Math.round(top.up() * f * (0.2 + 0.8 * r.nextDouble()))));
    }

    /** Sessions at the district's sites: one per office, 1-6 per hotspot, each with one demand level. */
    static List<SessionSpec> constantSessions(Random r, District d, Instant start) {
        var out = new ArrayList<SessionSpec>();
        for (var site : d.sites()) {
            int n = site.isHotspot() ? PropertyCheck.between(r, 1, 6) : 1;
            for (int i = 0; i < n; i++) {
                out.add(new SessionSpec(site.code(), List.of(new Level(start, demand(r, site, d.citizenPlan()))),
                        Duration.ofSeconds(PropertyCheck.between(r, 10, 300))));
            }
        }
        return out;
    }

    static Instant start(Random r) {
        return r.nextBoolean() ? SATURDAY : MONDAY_8;
    }
}
