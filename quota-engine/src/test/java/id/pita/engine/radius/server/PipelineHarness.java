package id.pita.engine.radius.server;

import id.pita.core.district.Gateway;
import id.pita.engine.GatewayDirectory;
import id.pita.engine.access.AccessHandler;
import id.pita.engine.accounting.AccountingSink;
import id.pita.engine.gateway.GatewayMonitor;
import id.pita.engine.metrics.EngineMetrics;
import id.pita.engine.radius.packet.RadiusPacket;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * One port's real pipeline on an {@link EmbeddedChannel}, workers run inline, so that a test sees
 * each answer as soon as it writes the request.
 */
final class PipelineHarness implements AutoCloseable {
    static final InetSocketAddress GATEWAY = new InetSocketAddress("127.0.0.1", 40000);
    static final InetSocketAddress STRANGER = new InetSocketAddress("127.0.0.9", 40000);
    static final InetSocketAddress SERVER = new InetSocketAddress("127.0.0.1", 1812);

    final EngineMetrics metrics = new EngineMetrics();
    final GatewayMonitor monitor = new GatewayMonitor(Clock.systemUTC());
    final AtomicReference<Gateway> gateway = new AtomicReference<>();
    final RadiusHandlers handlers;
    final EmbeddedChannel channel = new EmbeddedChannel();

    PipelineHarness(PortRole role, Gateway gw, AccessHandler access, AccountingSink sink, int duplicateEntries) {
        this(role, gw, access, sink, duplicateEntries, GatewayRateLimit.Limits.none(), System::nanoTime);
    }

    /** With a per-gateway limit on the time {@code nanos} gives. */
    PipelineHarness(PortRole role, Gateway gw, AccessHandler access, AccountingSink sink, int duplicateEntries,
                    GatewayRateLimit.Limits limits, LongSupplier nanos) {
        gateway.set(gw);
        GatewayDirectory directory = addr -> addr.equals(GATEWAY.getAddress()) ? Optional.ofNullable(gateway.get())
                : Optional.empty();
        handlers = new RadiusHandlers(directory, access, sink, KeyedExecutor.of(Runnable::run), metrics,
                Clock.systemUTC(), Duration.ofSeconds(30), duplicateEntries, monitor,
                new GatewayRateLimit(limits, directory, nanos, metrics));
        handlers.addTo(channel.pipeline(), role);
    }

    /** Sends a datagram from {@code from}; returns the answer, if any. */
    Optional<byte[]> send(byte[] datagram, InetSocketAddress from) {
        channel.writeInbound(new DatagramPacket(Unpooled.wrappedBuffer(datagram), SERVER, from));
        channel.runPendingTasks();
        channel.checkException();
        return poll();
    }

    Optional<byte[]> send(RadiusPacket packet) {
        return send(packet.encode(), GATEWAY);
    }

    Optional<byte[]> poll() {
        DatagramPacket out = channel.readOutbound();
        if (out == null) {
            return Optional.empty();
        }
        try {
            var bytes = new byte[out.content().readableBytes()];
            out.content().readBytes(bytes);
            return Optional.of(bytes);
        } finally {
            out.release();
        }
    }

    long dropped(Drop reason) {
        return metrics.radiusDrops().get(reason.label());
    }

    @Override
    public void close() {
        channel.finishAndReleaseAll();
    }
}
