package id.pita.portal.citizen;

import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the portal decides on the event loop before any request reaches a worker thread: the rate limits and a
 * bound on blocking work. A log-in is limited per source address, then its handshake is parsed and its hotspot
 * resolved (pure, in memory), then limited per hotspot gateway and per MAC: the MAC is the client's to choose,
 * the address and the gateway's share are not. Status and the RFC 8908 API are limited per source address. At
 * most {@code maxInFlight} requests are in blocking work at once; the next gets 503 at once, so a flood never
 * builds a queue in front of the workers. Thread-safe.
 */
final class PortalGate {
    /** Where the gate leaves the parsed handshake and its hotspot for the login handler. */
    static final String HANDSHAKE = "pita.handshake";
    static final String HOTSPOT = "pita.hotspot";

    private final CitizenPortal portal;
    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger highWater = new AtomicInteger();
    private final AtomicLong limited = new AtomicLong();
    private final AtomicLong shed = new AtomicLong();

    PortalGate(CitizenPortal portal, int maxInFlight) {
        this.portal = portal;
        this.maxInFlight = maxInFlight;
    }

    void login(RoutingContext ctx) {
        try {
            if (!portal.perIp.tryTake(ctx.request().remoteAddress().hostAddress())) {
                throw limited();
            }
            var u = ctx.request().getParam("u", "");
            if (u.isBlank()) {
                throw new PortalRefusal(400, "error.no-handshake");
            }
            var hs = Handshakes.parse(u);
            var hotspot = portal.resolve(hs);
            if (!portal.perGateway.tryTake(hotspot.gateway().id()) || !portal.perMac.tryTake(hs.mac().value())) {
                throw limited();
            }
            ctx.put(HANDSHAKE, hs);
            ctx.put(HOTSPOT, hotspot);
            enter(ctx);
        } catch (PortalRefusal r) {
            portal.refuse(ctx, r);
        }
    }

    void status(RoutingContext ctx) {
        if (!portal.perIpStatus.tryTake(ctx.request().remoteAddress().hostAddress())) {
            portal.refuse(ctx, limited());
            return;
        }
        enter(ctx);
    }

    private void enter(RoutingContext ctx) {
        int n = inFlight.incrementAndGet();
        if (n > maxInFlight) {
            inFlight.decrementAndGet();
            shed.incrementAndGet();
            portal.refuse(ctx, new PortalRefusal(503, "error.exhausted"));
            return;
        }
        highWater.accumulateAndGet(n, Math::max);
        ctx.addEndHandler(done -> inFlight.decrementAndGet());
        ctx.next();
    }

    private PortalRefusal limited() {
        limited.incrementAndGet();
        return new PortalRefusal(429, "error.rate-limited");
    }

    int inFlight() {
        return inFlight.get();
    }

    int highWater() {
        return highWater.get();
    }

    long limitedCount() {
        return limited.get();
    }

    long shedCount() {
        return shed.get();
    }
}
