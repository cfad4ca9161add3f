package id.pita.engine.radius.dictionary;

import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One attribute's definition: name, vendor (0 for the standard space), number and data type. It
 * builds attributes of its kind and reads its typed value out of a packet.
 */
public record AttributeDef(String name, long vendorId, int type, DataType dataType) {
    public AttributeDef {
        if (type < 0 || type > 255) {
            throw new IllegalArgumentException(name + ": type must be 0..255 (was " + type + ")");
        }
    }

    public boolean isVendor() {
        return vendorId != 0;
    }

    public RadiusAttribute octets(byte[] value) {
        return isVendor() ? RadiusAttribute.vendor(vendorId, type, value) : RadiusAttribute.of(type, value);
    }

    public RadiusAttribute string(String value) {
        return octets(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A 32-bit unsigned integer (also for {@code date}, seconds since 1970). */
    public RadiusAttribute integer(long value) {
        if (value < 0 || value > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(name + " must be 0..2^32-1 (was " + value + ")");
        }
        return octets(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    public RadiusAttribute ipaddr(Inet4Address address) {
        return octets(address.getAddress());
    }

    /** Whether {@code attribute} is of this kind. */
    public boolean matches(RadiusAttribute attribute) {
        return isVendor() ? attribute.vendorId() == vendorId && attribute.vendorType() == type
                : attribute.type() == type;
    }

    /** The first attribute of this kind in the packet. */
    public Optional<RadiusAttribute> find(RadiusPacket packet) {
        return packet.attributes().stream().filter(this::matches).findFirst();
    }

    public Optional<String> getString(RadiusPacket packet) {
        return find(packet).map(RadiusAttribute::asString);
    }

    /** The integer value; a malformed value throws {@link id.pita.engine.radius.packet.RadiusDecodeException}. */
    public Optional<Long> getInteger(RadiusPacket packet) {
        return find(packet).map(RadiusAttribute::asInt);
    }

    public Optional<InetAddress> getIpaddr(RadiusPacket packet) {
        return find(packet).map(RadiusAttribute::asIpv4);
    }

    public Optional<byte[]> getOctets(RadiusPacket packet) {
        return find(packet).map(RadiusAttribute::vendorValue);
    }
}
