package id.pita.engine.radius.server;

import java.net.InetSocketAddress;

/** A signed response on its way out: the datagram bytes, where to, and for metrics its type and age. */
record RadiusResponse(byte[] datagram, InetSocketAddress recipient, String type, long requestNanos) {
}
