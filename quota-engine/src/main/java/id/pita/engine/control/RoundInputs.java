package id.pita.engine.control;

import id.pita.core.calendar.RegimeState;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.District;
import id.pita.core.district.Site;
import id.pita.core.session.Session;
import id.pita.core.uplink.OfferedDemand;
import id.pita.engine.access.DeviceUsage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Gathers one round's {@link PlanInput} from the ports and the demand estimator. A session's demand is at
 * least {@code 1/}{@value #DEMAND_FLOOR_DIVISOR} of its device cap (citizens) or of its site's ceiling
 * (offices), so that an idle session is never planned so low that discovering its next burst takes more
 * than a few probe steps. A site's demand is the sum of its sessions', each unknown one counting as the
 * ceiling, capped at the ceiling; a site without sessions counts as its ceiling. Confined to the loop.
 */
final class RoundInputs {
    /** Demand floor: the device cap or site ceiling divided by this (five doublings from floor to full). */
    static final long DEMAND_FLOOR_DIVISOR = 32;

    private final Supplier<District> district;
    private final ControlPorts ports;
    private final DemandModel estimator;
    private final PushTracker tracker;
    private final Duration fresh;
    /** Nanoseconds the last {@link #build} spent waiting on the store's ports (sessions, use today, boosts). */
    private long readNanos;

    /**
     * @param fresh a session's draw ({@link DemandModel#drawing}) counts in what the plan offers the uplink only while
     *              its accounting is at most this old (the control period): the uplink's counters say what it carried
     *              over the last period, and an older draw would take a fall in use for a saturated link
     */
    RoundInputs(Supplier<District> district, ControlPorts ports, DemandModel estimator, PushTracker tracker,
                Duration fresh) {
        this.fresh = fresh;
        this.district = district;
        this.ports = ports;
        this.estimator = estimator;
        this.tracker = tracker;
    }

    PlanInput build(Instant now, RegimeState state) {
        var d = district.get();
        long t0 = System.nanoTime();
        var read = ports.sessions().onlineSessions();
        readNanos = System.nanoTime() - t0;
        var online = read.stream().filter(Session::online).toList();
        // One key string per session for the whole round (Session.key() makes a new one per call): the key set, the
        // site lists, the demand map and the draws share it instead of holding 100,000 copies each.
        var sessionKeys = new String[online.size()];
        for (int i = 0; i < sessionKeys.length; i++) {
            sessionKeys[i] = online.get(i).key();
        }
        Set<String> keys = new HashSet<>(Arrays.asList(sessionKeys));
        estimator.retainOnly(keys);
        tracker.retainOnly(keys);
        var sessions = new ArrayList<Session>();
        var bySite = new HashMap<String, List<String>>();
        var sessionDemand = new HashMap<String, Bandwidth>();
        var draws = new ArrayList<OfferedDemand.Draw>();
        var cap = d.citizenPlan().deviceCap();
        for (int i = 0; i < sessionKeys.length; i++) {
            var s = online.get(i);
            var key = sessionKeys[i];
            var tracked = tracker.withLastAck(s);
            estimator.limitedTo(key, tracked.lastPushed(), tracker.ackedAt(key).orElse(now));
            estimator.observe(s);
            sessions.add(tracked);
            bySite.computeIfAbsent(s.siteCode(), k -> new ArrayList<>()).add(key);
            var site = d.site(s.siteCode());
            var floorOf = site.isPresent() && !site.get().isHotspot() ? site.get().ceiling() : cap;
            estimator.estimate(key).ifPresent(e -> sessionDemand.put(key, Planner.max(e, floor(floorOf))));
            if (!s.lastUpdate().isBefore(now.minus(fresh))) {
                estimator.drawing(key).ifPresent(x -> draws.add(new OfferedDemand.Draw(key, s.siteCode(), x)));
            }
        }
        var siteDemand = new HashMap<String, Bandwidth>();
        for (var site : d.sites()) {
            siteDemand.put(site.code(), siteDemand(site, bySite.getOrDefault(site.code(), List.of()), sessionDemand));
        }
        long t1 = System.nanoTime();
        var boosts = ports.sessions().boosts(now);
        var usage = usage(d, online, now);
        readNanos += System.nanoTime() - t1;
        return new PlanInput(now, d, state, sessions, siteDemand, sessionDemand, boosts, usage, tracker.busy(),
                tracker.memory(), ports.uplink().get(), draws);
    }

    /** What the last {@link #build} spent reading the store (the online sessions, boosts, every device's use today). */
    long readNanos() {
        return readNanos;
    }

    static Bandwidth floor(Bandwidth reference) {
        return new Bandwidth(reference.down() / DEMAND_FLOOR_DIVISOR, reference.up() / DEMAND_FLOOR_DIVISOR);
    }

    /** Sum of the sessions' estimates, each unknown one counting as the ceiling, capped at the ceiling. */
    static Bandwidth siteDemand(Site site, List<String> sessionKeys, Map<String, Bandwidth> sessionDemand) {
        if (sessionKeys.isEmpty()) {
            return site.ceiling();
        }
        long down = 0;
        long up = 0;
        for (var key : sessionKeys) {
            var e = sessionDemand.getOrDefault(key, site.ceiling());
            down = Math.min(site.ceiling().down(), down + e.down());
            up = Math.min(site.ceiling().up(), up + e.up());
        }
        return new Bandwidth(down, up);
    }

    /** Today's use of every hotspot device online, asked of the port once for all of them. */
    private Map<String, DeviceUsage> usage(District d, List<Session> online, Instant now) {
        var today = now.atZone(d.zone()).toLocalDate();
        var macs = new HashSet<String>();
        for (var s : online) {
            var hotspot = d.site(s.siteCode()).map(site -> site.isHotspot()).orElse(false);
            if (hotspot && !s.mac().isEmpty()) {
                macs.add(s.mac());
            }
        }
        return macs.isEmpty() ? Map.of() : ports.usage().usedOnAll(macs, today, d.zone());
    }

    Map<String, Integer> onlineBySite(PlanInput input) {
        var counts = new TreeMap<String, Integer>();
        input.sessions().forEach(s -> counts.merge(s.siteCode(), 1, Integer::sum));
        return counts;
    }
}
