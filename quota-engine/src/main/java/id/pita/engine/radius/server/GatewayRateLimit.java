package id.pita.engine.radius.server;

import id.pita.core.Check;
import id.pita.engine.metrics.CounterFamily;
import id.pita.engine.metrics.EngineMetrics;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds each gateway to its share: a token bucket per gateway of {@link Limits#perSecond()} requests a second
 * with {@link Limits#burst()} of burst, on real (monotonic) time. It runs right after the source lookup, before
 * the authenticator checks (MD5, HMAC-MD5), the duplicate cache, the workers and the store, so that a flooding
 * gateway costs only the decode. A request over the limit is dropped silently [RFC 2865 §2.4 and RFC 5080
 * §2.2.1: the gateway retransmits], counted ({@code pita_radius_dropped_total{reason="gateway-rate-limit"}} and
 * {@code pita_radius_limited_total{gateway}}) and logged once when a gateway goes over its limit and once when it
 * has stayed under it for a second. Thread-safe; shared by both ports.
 */
@Sharable
public final class GatewayRateLimit extends SimpleChannelInboundHandler<RadiusRequest> {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayRateLimit.class);
    private static final long QUIET_NANOS = 1_000_000_000L;

    /**
     * @param perSecond requests a second per gateway, both ports together (0 = no limit)
     * @param burst     requests a gateway may send at once above the rate (at least 1 when limited)
     */
    public record Limits(int perSecond, int burst) {
        public Limits {
            Check.inRange("radius.gatewayRate", perSecond, 0, 1_000_000);
            Check.inRange("radius.gatewayBurst", burst, perSecond == 0 ? 0 : 1, 10_000_000);
        }

        public static Limits none() {
            return new Limits(0, 0);
        }

        boolean on() {
            return perSecond > 0;
        }
    }

    private final Limits limits;
    private final LongSupplier nanos;
    private final EngineMetrics metrics;
    private final CounterFamily limited;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    GatewayRateLimit(Limits limits, LongSupplier nanos, EngineMetrics metrics) {
        super(RadiusRequest.class);
        this.limits = limits;
        this.nanos = nanos;
        this.metrics = metrics;
        this.limited = metrics.counter("pita_radius_limited_total",
                "RADIUS requests dropped because their gateway was over radius.gatewayRate, by gateway.", "gateway");
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, RadiusRequest request) {
        if (!limits.on()) {
            ctx.fireChannelRead(request);
            return;
        }
        var id = request.gateway().id();
        var bucket = buckets.computeIfAbsent(id, k -> new Bucket(limits, nanos.getAsLong()));
        if (bucket.admit(id, nanos.getAsLong(), limits)) {
            ctx.fireChannelRead(request);
            return;
        }
        metrics.radiusDrop("gateway-rate-limit");
        limited.inc(id);
    }

    /** One gateway's tokens, and whether it is over its limit now (for logging state changes only). */
    private static final class Bucket {
        private double tokens;
        private long last;
        private boolean over;
        private long lastDrop;
        private long dropped;

        Bucket(Limits limits, long now) {
            tokens = limits.burst();
            last = now;
        }

        synchronized boolean admit(String gatewayId, long now, Limits limits) {
            tokens = Math.min(limits.burst(), tokens + (now - last) * limits.perSecond() / 1e9);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                if (over && now - lastDrop >= QUIET_NANOS) {
                    over = false;
                    LOG.info("Gateway {} back under its RADIUS limit; {} requests dropped while over it",
                            gatewayId, dropped);
                    dropped = 0;
                }
                return true;
            }
            dropped++;
            lastDrop = now;
            if (!over) {
                over = true;
                LOG.warn("Gateway {} over its RADIUS limit of {} requests/s (burst {}): dropping the excess "
                        + "silently; it retransmits", gatewayId, limits.perSecond(), limits.burst());
            }
            return false;
        }
    }
}
