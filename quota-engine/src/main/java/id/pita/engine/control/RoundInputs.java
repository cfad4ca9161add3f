package id.pita.engine.control;

import id.pita.core.calendar.RegimeState;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.District;
import id.pita.core.session.Session;
import id.pita.engine.access.DeviceUsage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Gathers one round's {@link PlanInput} from the ports and the demand estimator. Confined to the loop. */
final class RoundInputs {
    private final Supplier<District> district;
    private final ControlPorts ports;
    private final DemandEstimator estimator;
    private final PushTracker tracker;

    RoundInputs(Supplier<District> district, ControlPorts ports, DemandEstimator estimator, PushTracker tracker) {
        this.district = district;
        this.ports = ports;
        this.estimator = estimator;
        this.tracker = tracker;
    }

    PlanInput build(Instant now, RegimeState state) {
        var d = district.get();
        var online = ports.sessions().onlineSessions().stream().filter(Session::online).toList();
        Set<String> keys = online.stream().map(Session::key).collect(Collectors.toSet());
        estimator.retainOnly(keys);
        tracker.retainOnly(keys);
        var sessions = new ArrayList<Session>();
        var bySite = new HashMap<String, List<String>>();
        var sessionDemand = new HashMap<String, Bandwidth>();
        for (var s : online) {
            var tracked = tracker.withLastAck(s);
            estimator.observe(s);
            estimator.limitedTo(s.key(), tracked.lastPushed());
            sessions.add(tracked);
            bySite.computeIfAbsent(s.siteCode(), k -> new ArrayList<>()).add(s.key());
            estimator.estimate(s.key()).ifPresent(e -> sessionDemand.put(s.key(), e));
        }
        var siteDemand = new HashMap<String, Bandwidth>();
        for (var site : d.sites()) {
            siteDemand.put(site.code(), estimator.siteDemand(site, bySite.getOrDefault(site.code(), List.of())));
        }
        return new PlanInput(now, d, state, sessions, siteDemand, sessionDemand, ports.sessions().boosts(now),
                usage(d, online, now), tracker.busy());
    }

    private Map<String, DeviceUsage> usage(District d, List<Session> online, Instant now) {
        var today = now.atZone(d.zone()).toLocalDate();
        var usage = new HashMap<String, DeviceUsage>();
        for (var s : online) {
            var hotspot = d.site(s.siteCode()).map(site -> site.isHotspot()).orElse(false);
            if (hotspot && !s.mac().isEmpty() && !usage.containsKey(s.mac())) {
                usage.put(s.mac(), ports.usage().usedOn(s.mac(), today, d.zone()));
            }
        }
        return usage;
    }

    Map<String, Integer> onlineBySite(PlanInput input) {
        var counts = new TreeMap<String, Integer>();
        input.sessions().forEach(s -> counts.merge(s.siteCode(), 1, Integer::sum));
        return counts;
    }
}
