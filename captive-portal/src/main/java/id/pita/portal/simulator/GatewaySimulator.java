package id.pita.portal.simulator;

import id.pita.core.calendar.RegimeCalendar;
import id.pita.core.district.District;
import id.pita.core.district.SiteKind;
import id.pita.core.district.Vendor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every RADIUS gateway of a district (MikroTik and CoovaChilli; openNDS has no RADIUS and is left out),
 * simulated as separate parties on loopback: office routers keep a link up whose use follows the working
 * day; hotspots let a day's citizens in through the portal. Each gateway sends from its own address
 * ({@code Gateway.address}, which must be a local one such as 127.0.0.x: see {@link SimulatedDistrict})
 * and obeys CoA on its {@code coaPort}. Time is the injected clock's: with a
 * {@link id.pita.core.time.ScaledClock} shared with Pita, a day passes in minutes.
 *
 * <p>{@link #start()} binds and steps every gateway each {@code tick} of real time; {@link #tickAll()}
 * steps them once on the caller's thread instead (for tests on a hand-moved clock). {@link #close()}
 * stops. Thread-safe.
 */
public final class GatewaySimulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GatewaySimulator.class);

    private final SimulatorConfig config;
    private final Clock clock;
    private final SimulatorStats stats = new SimulatorStats();
    private final List<SimGateway> gateways = new ArrayList<>();
    private ScheduledExecutorService scheduler;

    /** Binds every gateway's RADIUS client and CoA port at once; nothing is sent before {@link #start()}. */
    public GatewaySimulator(District district, SimulatorConfig config, Clock clock) {
        this.config = config;
        this.clock = clock.withZone(district.zone());
        var random = new Random(config.seed());
        var calendar = new RegimeCalendar(district.calendar(), district.zone());
        var wiring = new SimGateway.Wiring(config.auth(), config.accounting(), new PortalBrowser(config.portalBase()),
                this.clock, stats, config.defaultInterim(), config.until());
        int index = 0;
        try {
            for (var g : district.gateways()) {
                if (g.vendor() != Vendor.MIKROTIK && g.vendor() != Vendor.COOVACHILLI) {
                    continue;
                }
                var site = district.site(g.siteCode()).orElseThrow();
                index++;
                var office = site.kind() == SiteKind.OFFICE
                        ? Demand.office(site, 0.6 + 0.4 * random.nextDouble(), calendar) : null;
                var planner = site.kind() == SiteKind.HOTSPOT
                        ? new VisitPlanner(index, config.citizensPerHotspot(), config.heavyShare(), district.zone())
                        : null;
                gateways.add(new SimGateway(g, site, index, wiring, office, planner, new Random(random.nextLong()),
                        config.radiusTimeout(), config.radiusTries()));
            }
        } catch (RuntimeException e) {
            gateways.forEach(SimGateway::close);
            throw e;
        }
    }

    /** Starts the CoA listeners and steps every gateway each tick, up to 16 in parallel as real routers are. */
    public synchronized void start() {
        if (scheduler != null) {
            throw new IllegalStateException("already started");
        }
        gateways.forEach(SimGateway::start);
        var n = new AtomicInteger();
        scheduler = Executors.newScheduledThreadPool(Math.min(16, Math.max(1, gateways.size())), r -> {
            var t = new Thread(r, "sim-gateway-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        long period = config.tick().toMillis();
        for (var g : gateways) {
            scheduler.scheduleWithFixedDelay(() -> safeTick(g), 0, period, TimeUnit.MILLISECONDS);
        }
        LOG.info("Simulating {} gateways ({} citizens a day at each hotspot), clock {}", gateways.size(),
                config.citizensPerHotspot(), clock);
    }

    /** Starts only the CoA listeners, for a caller that steps the gateways itself with {@link #tickAll()}. */
    public synchronized void startListening() {
        gateways.forEach(SimGateway::start);
    }

    /** Steps every gateway once to the clock's now, on the caller's thread. */
    public void tickAll() {
        gateways.forEach(SimGateway::tick);
    }

    private void safeTick(SimGateway g) {
        try {
            g.tick();
        } catch (RuntimeException e) {
            LOG.error("Simulated gateway {} failed a step", g.gateway.id(), e);
        }
    }

    /** Every live session now. */
    public List<SessionView> snapshot() {
        var now = clock.instant();
        var out = new ArrayList<SessionView>();
        gateways.forEach(g -> out.addAll(g.views(now)));
        return out;
    }

    public SimulatorStats stats() {
        return stats;
    }

    public int gatewayCount() {
        return gateways.size();
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        gateways.forEach(SimGateway::close);
        LOG.info("Gateway simulator stopped: {}", stats);
    }
}
