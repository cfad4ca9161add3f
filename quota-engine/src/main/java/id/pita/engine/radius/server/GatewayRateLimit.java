package id.pita.engine.radius.server;

import id.pita.core.Check;
import id.pita.engine.GatewayDirectory;
import id.pita.engine.metrics.CounterFamily;
import id.pita.engine.metrics.EngineMetrics;
import id.pita.engine.radius.packet.PacketCode;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DatagramPacket;
import io.netty.util.ReferenceCountUtil;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds each gateway to its share: a token bucket per gateway of {@link Limits#perSecond()} datagrams a second
 * with {@link Limits#burst()} of burst, on real (monotonic) time. It is the first inbound handler, on the datagram as
 * read: the only work before it is the source address lookup (one map read), so a flooding gateway's excess costs
 * no decoding, no MD5/HMAC-MD5, no duplicate-cache entry, no worker and no store write. Datagrams from addresses that
 * are no gateway pass on (the gateway filter drops and counts them after decoding). A datagram over the limit is
 * dropped silently [RFC 2865 §2.4 and RFC 5080 §2.2.1: the gateway retransmits; never answered with a Reject],
 * counted as received ({@code pita_radius_packets_total{direction="in"}}, by its code octet) and dropped
 * ({@code pita_radius_dropped_total{reason="gateway-rate-limit"}}, and per gateway
 * {@code pita_radius_limited_total{gateway}}), and logged once per episode: one WARN when a gateway goes over its
 * rate and one INFO, from {@link #sweep()}, once it has sent nothing over it for a second. Thread-safe; shared by
 * both ports (one bucket per gateway for both).
 */
@Sharable
public final class GatewayRateLimit extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayRateLimit.class);
    /** How long a gateway must stay under its rate before its episode ends ("back under" is logged). */
    static final long QUIET_NANOS = 1_000_000_000L;

    /**
     * @param perSecond datagrams a second per gateway, both ports together (0 = no limit)
     * @param burst     datagrams a gateway may send at once above the rate (at least 1 when limited)
     */
    public record Limits(int perSecond, int burst) {
        /**
         * The default, from what the busiest gateway of a district legitimately sends (README, radius.gatewayRate):
         * 1,000 sessions at the 60 s minimum interim interval (17/s) plus log-ins at the portal's own per-gateway
         * pace (20/s), each an Access-Request, a Start and later a Stop (60/s): about 77/s, rounded up to 100/s.
         * Burst 100, one second of that: what is admitted at once goes on to the workers and the one accounting
         * writer that every gateway shares, so a flooder's burst is a queue ahead of everyone (RadiusFloodIT with
         * a burst of 600 saw the others' p99 at 270-1,250 ms, the slowest answers in the flood's first second);
         * a legitimate peak above it is retransmitted by the gateway a few seconds later.
         */
        public static final Limits DEFAULT = new Limits(100, 100);

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
    private final GatewayDirectory gateways;
    private final LongSupplier nanos;
    private final EngineMetrics metrics;
    private final CounterFamily limited;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    GatewayRateLimit(Limits limits, GatewayDirectory gateways, LongSupplier nanos, EngineMetrics metrics) {
        this.limits = limits;
        this.gateways = gateways;
        this.nanos = nanos;
        this.metrics = metrics;
        this.limited = metrics.counter("pita_radius_limited_total",
                "RADIUS datagrams dropped unread because their gateway was over radius.gatewayRate, by gateway.",
                "gateway");
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!limits.on() || !(msg instanceof DatagramPacket datagram)) {
            ctx.fireChannelRead(msg);
            return;
        }
        var gateway = gateways.byAddress(datagram.sender().getAddress());
        if (gateway.isEmpty()) {
            ctx.fireChannelRead(msg);
            return;
        }
        var id = gateway.get().id();
        long now = nanos.getAsLong();
        var bucket = buckets.computeIfAbsent(id, k -> new Bucket(limits, now));
        if (bucket.admit(id, now, limits)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            var content = datagram.content();
            metrics.radiusPacketIn(content.isReadable()
                    ? PacketTypes.label(PacketCode.valueOf(content.getUnsignedByte(content.readerIndex()))) : "malformed");
            metrics.radiusDrop("gateway-rate-limit");
            limited.inc(id);
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    /**
     * Ends the episodes of gateways that have sent nothing over their rate for {@link #QUIET_NANOS}: one INFO line
     * each with what was dropped. Called every second off the event loop's timer, so that the line appears also
     * when the flooding gateway falls silent.
     */
    void sweep() {
        long now = nanos.getAsLong();
        buckets.forEach((id, bucket) -> bucket.endEpisodeIfQuiet(id, now));
    }

    /** Gateways over their rate now (for tests and monitoring). */
    int over() {
        return (int) buckets.values().stream().filter(Bucket::over).count();
    }

    /** One gateway's tokens and its current episode over the rate, if any. */
    private static final class Bucket {
        private double tokens;
        private long last;
        private boolean over;
        private long overSince;
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
                return true;
            }
            dropped++;
            lastDrop = now;
            if (!over) {
                over = true;
                overSince = now;
                LOG.warn("Gateway {} over its RADIUS rate of {} requests/s (burst {}): dropping the excess silently "
                        + "until it is back under; it retransmits", gatewayId, limits.perSecond(), limits.burst());
            }
            return false;
        }

        synchronized void endEpisodeIfQuiet(String gatewayId, long now) {
            if (over && now - lastDrop >= QUIET_NANOS) {
                over = false;
                LOG.info("Gateway {} back under its RADIUS rate: {} datagrams dropped in {} ms over it", gatewayId,
                        dropped, (lastDrop - overSince) / 1_000_000);
                dropped = 0;
            }
        }

        synchronized boolean over() {
            return over;
        }
    }
}
