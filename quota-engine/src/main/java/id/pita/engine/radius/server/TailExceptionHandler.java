package id.pita.engine.radius.server;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of every pipeline: counts and logs anything that reached the tail. A datagram
 * channel must survive a bad packet, so exceptions never close it.
 */
@Sharable
final class TailExceptionHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(TailExceptionHandler.class);
    private final Drops drops;

    TailExceptionHandler(Drops drops) {
        this.drops = drops;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.error("Unexpected failure in the RADIUS pipeline of {}", ctx.channel(), cause);
        drops.drop(Drop.INTERNAL_ERROR, null, cause.getClass().getSimpleName());
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ReferenceCountUtil.release(msg);
        drops.drop(Drop.INTERNAL_ERROR, null, "unhandled message " + msg.getClass().getSimpleName());
    }
}
