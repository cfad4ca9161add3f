package id.pita.portal.app;

import id.pita.core.district.Bandwidth;
import id.pita.core.district.SiteKind;
import id.pita.core.session.GatewayActivity;
import id.pita.core.store.Store;
import id.pita.engine.gateway.GatewayMonitor;
import id.pita.engine.access.HotspotHours;
import id.pita.engine.control.LivePlan;
import id.pita.portal.console.LiveSnapshot;
import id.pita.portal.console.LiveView;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The dashboard's "now": allocations from the latest plan, use as the average rate of the current hour so
 * far (from {@code usage_hourly}), sessions online per gateway from the store. Thread-safe; reads the store,
 * so call it off the event loop (the console's handlers are blocking handlers).
 */
final class EngineLiveView implements LiveView {
    @Override
    public java.util.List<GatewayActivity> gatewayActivity() {
        return district.current().gateways().stream().map(g -> gateways.activity(g.id())).toList();
    }

    private static final long HOUR_MS = Duration.ofHours(1).toMillis();

    private final DistrictHolder district;
    private final LivePlan plan;
    private final Store store;
    private final Clock clock;

    private final GatewayMonitor gateways;

    private final java.util.function.Supplier<id.pita.engine.uplink.UplinkStatus> uplink;

    EngineLiveView(DistrictHolder district, LivePlan plan, Store store, Clock clock, GatewayMonitor gateways,
                   java.util.function.Supplier<id.pita.engine.uplink.UplinkStatus> uplink) {
        this.uplink = uplink;
        this.gateways = gateways;
        this.district = district;
        this.plan = plan;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public LiveSnapshot now() {
        var d = district.current();
        var now = clock.instant();
        var state = district.calendar().at(now);
        var latest = plan.latest();
        var sitesPlan = latest.map(p -> p.allocation().sites()).orElse(Map.of());
        var use = useThisHour(now.toEpochMilli());
        var office = Bandwidth.ZERO;
        var hotspot = Bandwidth.ZERO;
        var sites = new java.util.ArrayList<LiveSnapshot.SiteLive>();
        for (var s : d.sites()) {
            var u = use.getOrDefault(s.code(), Bandwidth.ZERO);
            sites.add(new LiveSnapshot.SiteLive(s.code(), sitesPlan.getOrDefault(s.code(), Bandwidth.ZERO), u));
            if (s.kind() == SiteKind.OFFICE) {
                office = office.plus(u);
            } else {
                hotspot = hotspot.plus(u);
            }
        }
        var online = onlineByGateway();
        boolean open = HotspotHours.openAt(d, state);
        var hotspots = d.gateways().stream()
                .filter(g -> d.site(g.siteCode()).map(s -> s.isHotspot()).orElse(false))
                .map(g -> new LiveSnapshot.HotspotLive(g.id(), g.siteCode(), open,
                        online.getOrDefault(g.id(), 0)))
                .toList();
        return new LiveSnapshot(state, latest.map(p -> p.allocation().officeClass()).orElse(Bandwidth.ZERO),
                latest.map(p -> p.allocation().hotspotClass()).orElse(Bandwidth.ZERO), office, hotspot, sites,
                hotspots, uplink.get());
    }

    private Map<String, Integer> onlineByGateway() {
        return store.sessions().onlineByGateway();
    }

    /** Bit/s per site: bytes of the current UTC hour so far over the seconds elapsed in it. */
    private Map<String, Bandwidth> useThisHour(long nowMs) {
        long hour = Math.floorDiv(nowMs, HOUR_MS) * HOUR_MS;
        double seconds = Math.max(1, (nowMs - hour) / 1000.0);
        var out = new HashMap<String, Bandwidth>();
        for (var u : store.usage().between(java.time.Instant.ofEpochMilli(hour),
                java.time.Instant.ofEpochMilli(hour + HOUR_MS))) {
            out.put(u.siteCode(), new Bandwidth(bitsPerSecond(u.downloadBytes(), seconds),
                    bitsPerSecond(u.uploadBytes(), seconds)));
        }
        return out;
    }

    /**
     * Bytes over seconds as bit/s, in floating point and saturating: a gateway's counters can claim up to 2^63 bytes
     * (Acct-Gigawords), and {@code bytes * 8} in a long then wrapped negative, which made /metrics and every alert
     * check fail (the soak's fuzz sent such a record). Never negative.
     */
    static long bitsPerSecond(long bytes, double seconds) {
        double bps = bytes * 8.0 / seconds;
        return bps <= 0 || Double.isNaN(bps) ? 0 : (long) Math.min(bps, (double) Long.MAX_VALUE);
    }
}
