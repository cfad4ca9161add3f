/**
 * The RADIUS packet model, pure: parse, validate, build, sign and verify packets as bytes, with no
 * sockets, threads or clocks. Packets are immutable and changes return copies; shared secrets and
 * passwords never reach {@code toString}. Decoding never throws anything but
 * {@link id.pita.engine.radius.packet.RadiusDecodeException}. Netty adapters and servers live in
 * {@code radius.server}; attribute names and types in {@code radius.dictionary}.
 */
package id.pita.engine.radius.packet;
