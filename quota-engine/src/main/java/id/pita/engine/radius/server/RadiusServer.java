package id.pita.engine.radius.server;

import id.pita.engine.GatewayDirectory;
import id.pita.engine.access.AccessHandler;
import id.pita.engine.accounting.AccountingSink;
import id.pita.engine.gateway.GatewayMonitor;
import id.pita.engine.metrics.EngineMetrics;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RADIUS authentication and accounting server (ARCHITECTURE §4): two UDP ports, one event loop
 * thread, a small worker pool for access decisions and accounting hand-off, queued per gateway and served
 * round-robin ({@link FairWorkers}), behind a per-gateway rate limit on the datagram as read
 * ({@link GatewayRateLimit}). {@link #start()} once,
 * {@link #close()} once. Thread-safe.
 */
public final class RadiusServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RadiusServer.class);

    /** The addresses actually bound (ports resolved when configured as 0). */
    public record Bound(InetSocketAddress auth, InetSocketAddress accounting) {
    }

    private final RadiusServerConfig config;
    private final FairWorkers workers;
    /**
     * The sockets' receive buffer asked of the kernel (which caps it at {@code net.core.rmem_max}): the default
     * 208 KB held a few hundred datagrams, and the soak saw the kernel drop requests in bursts (all routers' interims
     * at once, a fuzz) while the event loop waited for a core; 4 MB holds some ten thousand.
     */
    static final int RECEIVE_BUFFER_BYTES = 4 << 20;

    private final RadiusHandlers handlers;
    private final EngineMetrics metrics;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private volatile Channel authChannel;
    private volatile Channel accountingChannel;

    public RadiusServer(RadiusServerConfig config, GatewayDirectory gateways, AccessHandler accessHandler,
                        AccountingSink sink, EngineMetrics metrics, Clock clock) {
        this(config, gateways, accessHandler, sink, metrics, clock, new GatewayMonitor(clock));
    }

    /** @param monitor told of every authenticated request and every Accept, per gateway */
    public RadiusServer(RadiusServerConfig config, GatewayDirectory gateways, AccessHandler accessHandler,
                        AccountingSink sink, EngineMetrics metrics, Clock clock, GatewayMonitor monitor) {
        this(config, gateways, accessHandler, sink, metrics, clock, monitor, GatewayRateLimit.Limits.none());
    }

    /** @param limits each gateway's share of requests ({@link GatewayRateLimit}) */
    public RadiusServer(RadiusServerConfig config, GatewayDirectory gateways, AccessHandler accessHandler,
                        AccountingSink sink, EngineMetrics metrics, Clock clock, GatewayMonitor monitor,
                        GatewayRateLimit.Limits limits) {
        this.config = config;
        this.metrics = metrics;
        // One gateway may hold a quarter of the queue: it takes four gateways at once to fill it.
        this.workers = new FairWorkers(config.workerThreads(), config.workerQueue(),
                Math.max(16, config.workerQueue() / 4));
        this.handlers = new RadiusHandlers(gateways, accessHandler, sink, workers, metrics, clock,
                config.duplicateTtl(), config.duplicateEntries(), monitor, limits);
    }

    /** Binds both ports; completes with the bound addresses, or exceptionally if either bind fails. */
    public CompletionStage<Bound> start() {
        var auth = bind(config.authPort(), PortRole.AUTH);
        var acct = bind(config.accountingPort(), PortRole.ACCOUNTING);
        var result = new CompletableFuture<Bound>();
        auth.addListener(f -> acct.addListener(g -> {
            if (!auth.isSuccess() || !acct.isSuccess()) {
                var cause = auth.isSuccess() ? acct.cause() : auth.cause();
                result.completeExceptionally(cause);
                return;
            }
            authChannel = auth.channel();
            accountingChannel = acct.channel();
            var bound = new Bound((InetSocketAddress) authChannel.localAddress(),
                    (InetSocketAddress) accountingChannel.localAddress());
            LOG.info("RADIUS server listening: auth {}, accounting {}", bound.auth(), bound.accounting());
            metrics.gauge("pita_radius_socket_dropped", "Datagrams the kernel dropped on the RADIUS socket before "
                    + "Pita read them (receive buffer full; Linux /proc/net/udp).", "port", () -> {
                        var values = new java.util.TreeMap<String, Double>();
                        SocketDrops.of(bound.auth()).ifPresent(n -> values.put("auth", (double) n));
                        SocketDrops.of(bound.accounting()).ifPresent(n -> values.put("accounting", (double) n));
                        return values;
                    });
            group.next().scheduleAtFixedRate(handlers.rateLimit()::sweep, 1, 1, TimeUnit.SECONDS);
            result.complete(bound);
        }));
        return result;
    }

    private ChannelFuture bind(int port, PortRole role) {
        return new Bootstrap().group(group).channel(NioDatagramChannel.class)
                .option(ChannelOption.RECVBUF_ALLOCATOR, Datagrams.receiveAllocator())
                .option(ChannelOption.SO_RCVBUF, RECEIVE_BUFFER_BYTES)
                .handler(new RadiusChannelInitializer(handlers, role))
                .bind(config.bindAddress(), port);
    }

    /**
     * Stops reading, waits up to the drain timeout for requests in progress to be answered (accounting
     * included), then closes the ports and the event loop. Bounded: returns within about twice the
     * drain timeout whatever the handlers do.
     */
    @Override
    public void close() {
        var timeout = config.drainTimeout();
        for (var ch : new Channel[] {authChannel, accountingChannel}) {
            if (ch != null) {
                ch.config().setAutoRead(false);
            }
        }
        try {
            if (!handlers.inFlight().awaitIdle(timeout)) {
                LOG.warn("RADIUS server closing with {} requests unanswered after {}", handlers.inFlight().count(),
                        timeout);
            }
            workers.shutdown();
            workers.awaitTermination(Math.max(1, timeout.toMillis() / 10), TimeUnit.MILLISECONDS);
            workers.shutdownNow();
            // Close the ports first and wait for it, so that they are free when close() returns even
            // if the event loop's own shutdown below is slow on a loaded machine.
            for (var ch : new Channel[] {authChannel, accountingChannel}) {
                if (ch != null) {
                    ch.close().await(timeout.toMillis() + 1_000);
                }
            }
            group.shutdownGracefully(0, timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .await(timeout.toMillis() + 1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("RADIUS server stopped");
    }

    /** Entries in the duplicate cache (for the fuzz test's heap bound and for monitoring). */
    public int duplicateCacheSize() {
        return handlers.duplicateCacheSize();
    }
}
