package id.pita.engine.coa;

import id.pita.core.Check;
import id.pita.core.PitaException;
import id.pita.engine.radius.server.Datagrams;
import id.pita.engine.radius.vendor.ReplyEncoder;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.util.Timer;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RFC 5176 Dynamic Authorization client: sends CoA-Request and Disconnect-Request to gateways from one
 * UDP socket on an ephemeral port, and completes each push with its {@link PushOutcome}. At most 256
 * requests per target are in flight (one per identifier); more wait in order. Retransmissions run on
 * the injected Netty {@link Timer} (a {@code HashedWheelTimer} in production), which the caller owns
 * and stops. Lifecycle: {@link #start()}, then {@link #send}, then {@link #close()}. Thread-safe.
 */
public final class CoaClient implements PushSender, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CoaClient.class);

    private final CoaClientConfig config;
    private final CoaPackets packets;
    private final CoaExchanges exchanges;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private volatile Channel channel;

    public CoaClient(CoaClientConfig config, Timer timer, Clock clock, ReplyEncoder encoder) {
        this.config = Check.notNull("config", config);
        this.packets = new CoaPackets(Check.notNull("encoder", encoder));
        this.exchanges = new CoaExchanges(config, Check.notNull("timer", timer), Check.notNull("clock", clock),
                this::write);
    }

    public CoaClient(CoaClientConfig config, Timer timer, Clock clock) {
        this(config, timer, clock, new ReplyEncoder());
    }

    /** Binds the socket; completes with the local address, or fails if it cannot bind. */
    public CompletionStage<InetSocketAddress> start() {
        var result = new CompletableFuture<InetSocketAddress>();
        var bootstrap = new Bootstrap().group(group).channel(NioDatagramChannel.class)
                .option(ChannelOption.RECVBUF_ALLOCATOR, Datagrams.receiveAllocator()).handler(new ReplyHandler());
        var bind = bootstrap.bind(config.bindAddress());
        bind.addListener(f -> {
            if (f.isSuccess()) {
                channel = bind.channel();
                var local = (InetSocketAddress) channel.localAddress();
                LOG.info("CoA client bound to {}", local);
                result.complete(local);
            } else {
                result.completeExceptionally(new PitaException("CoA client cannot bind " + config.bindAddress(),
                        f.cause()));
            }
        });
        return result;
    }

    /** Sends a CoA (rate change) or Disconnect to the target. The stage never fails; see {@link PushOutcome}. */
    @Override
    public CompletionStage<PushOutcome> send(CoaTarget target, PushRequest request) {
        Check.notNull("target", target);
        Check.notNull("request", request);
        if (channel == null) {
            return CompletableFuture.completedFuture(PushOutcome.error("client not started", 0, Duration.ZERO));
        }
        try {
            return exchanges.submit(target, packets.build(target, request));
        } catch (RuntimeException e) {
            LOG.warn("Push to {} not sent: {}", target, e.getMessage());
            return CompletableFuture.completedFuture(PushOutcome.error("not sent: " + e.getMessage(), 0,
                    Duration.ZERO));
        }
    }

    /** Datagrams dropped as not a valid answer (wrong source, id, code or authenticator, or undecodable). */
    public long droppedReplies() {
        return exchanges.droppedReplies();
    }

    /** Requests sent and not yet answered. */
    public int inFlight() {
        return exchanges.inFlight();
    }

    /** Ends pending pushes as ERROR, closes the socket and stops the event loop within the configured bound. */
    @Override
    public void close() {
        exchanges.close();
        long millis = config.closeTimeout().toMillis();
        var ch = channel;
        if (ch != null) {
            ch.close().awaitUninterruptibly(millis, TimeUnit.MILLISECONDS);
        }
        group.shutdownGracefully(0, millis, TimeUnit.MILLISECONDS).awaitUninterruptibly(millis + 100,
                TimeUnit.MILLISECONDS);
        LOG.info("CoA client closed");
    }

    private void write(InetSocketAddress to, byte[] datagram) {
        var ch = channel;
        ch.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(datagram), to)).addListener(f -> {
            if (!f.isSuccess()) {
                LOG.warn("CoA datagram to {} not sent: {}", to, f.cause().toString());
            }
        });
    }

    /** Hands every datagram to the exchanges; they drop what does not match. */
    private final class ReplyHandler extends SimpleChannelInboundHandler<DatagramPacket> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
            exchanges.onDatagram(packet.sender(), ByteBufUtil.getBytes(packet.content()));
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            LOG.warn("CoA socket error: {}", cause.toString());
        }
    }
}
