package id.pita.engine.radius.packet;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One attribute: a type and its value octets as on the wire [RFC 2865 §5]. A Vendor-Specific
 * attribute (26) keeps its whole value too, so attributes of any shape survive decode and encode
 * byte for byte; when that value is one well-formed vendor sub-attribute, {@link #vendorId()},
 * {@link #vendorType()} and {@link #vendorValue()} read it. Immutable; values are copied in and out.
 */
public final class RadiusAttribute {
    /** The value may be at most 253 octets (the length octet counts type and length too). */
    public static final int MAX_VALUE_LENGTH = 253;
    /** A vendor sub-attribute value: 253 minus vendor id (4), vendor type and vendor length. */
    public static final int MAX_VENDOR_VALUE_LENGTH = MAX_VALUE_LENGTH - 6;

    private final int type;
    private final byte[] value;

    private RadiusAttribute(int type, byte[] value) {
        if (type < 0 || type > 255) {
            throw new IllegalArgumentException("attribute type must be 0..255 (was " + type + ")");
        }
        if (value.length > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("attribute " + type + " value is " + value.length
                    + " octets, at most " + MAX_VALUE_LENGTH);
        }
        this.type = type;
        this.value = value;
    }

    public static RadiusAttribute of(int type, byte[] value) {
        return new RadiusAttribute(type, value.clone());
    }

    public static RadiusAttribute ofString(int type, String text) {
        return new RadiusAttribute(type, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A 32-bit unsigned integer attribute [RFC 2865 §5]. */
    public static RadiusAttribute ofInt(int type, long value) {
        return new RadiusAttribute(type, uint32(value));
    }

    /** A Vendor-Specific attribute holding one sub-attribute [RFC 2865 §5.26]. */
    public static RadiusAttribute vendor(long vendorId, int vendorType, byte[] value) {
        if (vendorId < 0 || vendorId > 0xFFFFFFL || vendorType < 0 || vendorType > 255) {
            throw new IllegalArgumentException("vendor id must be 0..2^24-1 and type 0..255");
        }
        if (value.length > MAX_VENDOR_VALUE_LENGTH) {
            throw new IllegalArgumentException("vendor attribute value is " + value.length + " octets, at most "
                    + MAX_VENDOR_VALUE_LENGTH);
        }
        var raw = new byte[value.length + 6];
        System.arraycopy(uint32(vendorId), 0, raw, 0, 4);
        raw[4] = (byte) vendorType;
        raw[5] = (byte) (value.length + 2);
        System.arraycopy(value, 0, raw, 6, value.length);
        return new RadiusAttribute(AttributeType.VENDOR_SPECIFIC, raw);
    }

    static byte[] uint32(long value) {
        if (value < 0 || value > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("integer attribute must be 0..2^32-1 (was " + value + ")");
        }
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    public int type() {
        return type;
    }

    /** The value octets as on the wire (for type 26, vendor id onward). */
    public byte[] value() {
        return value.clone();
    }

    /** Octets on the wire including type and length. */
    public int wireLength() {
        return value.length + 2;
    }

    /** True when this is type 26 holding exactly one well-formed vendor sub-attribute. */
    public boolean isVendorSpecific() {
        return type == AttributeType.VENDOR_SPECIFIC && value.length >= 6 && (value[0] == 0)
                && (value[5] & 0xFF) == value.length - 4;
    }

    /** The vendor's SMI number, or -1 when this is not a well-formed vendor attribute. */
    public long vendorId() {
        return isVendorSpecific() ? readUint32(value, 0) : -1;
    }

    /** The vendor's attribute type, or -1 when this is not a well-formed vendor attribute. */
    public int vendorType() {
        return isVendorSpecific() ? value[4] & 0xFF : -1;
    }

    /** The sub-attribute value for a vendor attribute, otherwise the whole value. */
    public byte[] vendorValue() {
        return isVendorSpecific() ? Arrays.copyOfRange(value, 6, value.length) : value.clone();
    }

    /** The (vendor) value as UTF-8 text; malformed sequences become U+FFFD. */
    public String asString() {
        return new String(payload(), StandardCharsets.UTF_8);
    }

    /** The (vendor) value as a 32-bit unsigned integer. */
    public long asInt() {
        var p = payload();
        if (p.length != 4) {
            throw new RadiusDecodeException("attribute " + name() + " is " + p.length + " octets, an integer is 4");
        }
        return readUint32(p, 0);
    }

    /** The (vendor) value as an IPv4 address [RFC 2865 §5: address]. */
    public InetAddress asIpv4() {
        var p = payload();
        if (p.length != 4) {
            throw new RadiusDecodeException("attribute " + name() + " is " + p.length + " octets, an ipaddr is 4");
        }
        try {
            return InetAddress.getByAddress(p);
        } catch (UnknownHostException e) {
            throw new RadiusDecodeException("attribute " + name() + " is not an address");
        }
    }

    private byte[] payload() {
        return isVendorSpecific() ? Arrays.copyOfRange(value, 6, value.length) : value;
    }

    private String name() {
        return isVendorSpecific() ? "26." + vendorId() + "." + vendorType() : Integer.toString(type);
    }

    static long readUint32(byte[] b, int off) {
        return ((b[off] & 0xFFL) << 24) | ((b[off + 1] & 0xFFL) << 16) | ((b[off + 2] & 0xFFL) << 8)
                | (b[off + 3] & 0xFFL);
    }

    byte[] rawValue() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RadiusAttribute && ((RadiusAttribute) o).type == type
                && Arrays.equals(((RadiusAttribute) o).value, value);
    }

    @Override
    public int hashCode() {
        return 31 * type + Arrays.hashCode(value);
    }

    /** Hex of the value, except for password attributes, which show only their length. */
    @Override
    public String toString() {
        if (AttributeType.isSecret(type)) {
            return name() + "=<hidden " + value.length + " octets>";
        }
        return name() + "=0x" + HexFormat.of().formatHex(payload());
    }
}
