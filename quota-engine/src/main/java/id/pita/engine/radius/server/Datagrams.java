package id.pita.engine.radius.server;

import id.pita.engine.radius.packet.RadiusPacket;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.RecvByteBufAllocator;

/**
 * Receive buffers for RADIUS sockets. Netty's datagram channels read into 2,048-octet buffers by
 * default and the operating system silently cuts what does not fit, so a legal 4,096-octet packet
 * [RFC 2865 §3] would arrive truncated and be dropped as malformed. One octet more than the largest
 * packet lets a receiver tell an oversized datagram (dropped and counted) from a legal one.
 */
public final class Datagrams {
    /** Octets read per datagram: {@link RadiusPacket#MAX_LENGTH} + 1. */
    public static final int RECEIVE_BUFFER = RadiusPacket.MAX_LENGTH + 1;

    private Datagrams() {
    }

    /** A fresh allocator per channel (the handle it creates keeps per-channel state). */
    public static RecvByteBufAllocator receiveAllocator() {
        return new FixedRecvByteBufAllocator(RECEIVE_BUFFER);
    }

    /** Whether a datagram of this many octets is longer than any RADIUS packet may be. */
    public static boolean oversized(int octets) {
        return octets > RadiusPacket.MAX_LENGTH;
    }
}
