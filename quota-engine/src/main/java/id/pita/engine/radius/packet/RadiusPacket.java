package id.pita.engine.radius.packet;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A RADIUS packet [RFC 2865 §3]: code, identifier, 16-octet authenticator and attributes in wire
 * order. Immutable: every {@code with...} returns a copy. Parsing is {@link #decode(byte[])};
 * signing and verification are in {@link Authenticators}. Thread-safe.
 */
public final class RadiusPacket {
    /** Header: code, identifier, length (2), authenticator (16) [RFC 2865 §3]. */
    public static final int HEADER_LENGTH = 20;
    /** Largest packet a peer may send [RFC 2865 §3]. */
    public static final int MAX_LENGTH = 4096;
    public static final int AUTHENTICATOR_LENGTH = 16;

    private final PacketCode code;
    private final int identifier;
    private final byte[] authenticator;
    private final List<RadiusAttribute> attributes;

    private RadiusPacket(PacketCode code, int identifier, byte[] authenticator, List<RadiusAttribute> attributes) {
        if (identifier < 0 || identifier > 255) {
            throw new IllegalArgumentException("identifier must be 0..255 (was " + identifier + ")");
        }
        if (authenticator.length != AUTHENTICATOR_LENGTH) {
            throw new IllegalArgumentException("authenticator must be 16 octets (was " + authenticator.length + ")");
        }
        this.code = code;
        this.identifier = identifier;
        this.authenticator = authenticator;
        this.attributes = List.copyOf(attributes);
    }

    public static RadiusPacket of(PacketCode code, int identifier, byte[] authenticator,
                                  List<RadiusAttribute> attributes) {
        return new RadiusPacket(code, identifier, authenticator.clone(), attributes);
    }

    /** A packet with a zero authenticator, to be signed by {@link Authenticators}. */
    public static RadiusPacket of(PacketCode code, int identifier, List<RadiusAttribute> attributes) {
        return new RadiusPacket(code, identifier, new byte[AUTHENTICATOR_LENGTH], attributes);
    }

    /** Decodes the readable bytes of a datagram without moving its reader index. */
    public static RadiusPacket decode(ByteBuf datagram) {
        var bytes = new byte[datagram.readableBytes()];
        datagram.getBytes(datagram.readerIndex(), bytes);
        return decode(bytes);
    }

    /**
     * Decodes a datagram. Octets past the Length field are padding and ignored; a datagram shorter
     * than its Length field, a Length outside 20..4096, or an attribute whose length is under 2 or
     * runs past the packet is rejected [RFC 2865 §3, §5].
     */
    public static RadiusPacket decode(byte[] datagram) {
        if (datagram.length < HEADER_LENGTH) {
            throw new RadiusDecodeException("datagram of " + datagram.length + " octets is shorter than a header");
        }
        int length = ((datagram[2] & 0xFF) << 8) | (datagram[3] & 0xFF);
        if (length < HEADER_LENGTH || length > MAX_LENGTH) {
            throw new RadiusDecodeException("length field " + length + " is outside 20..4096");
        }
        if (length > datagram.length) {
            throw new RadiusDecodeException("length field " + length + " exceeds the " + datagram.length
                    + " octets received");
        }
        var code = PacketCode.valueOf(datagram[0] & 0xFF);
        var authenticator = Arrays.copyOfRange(datagram, 4, HEADER_LENGTH);
        return new RadiusPacket(code, datagram[1] & 0xFF, authenticator, decodeAttributes(datagram, length));
    }

    private static List<RadiusAttribute> decodeAttributes(byte[] data, int end) {
        var result = new ArrayList<RadiusAttribute>();
        int pos = HEADER_LENGTH;
        while (pos < end) {
            if (end - pos < 2) {
                throw new RadiusDecodeException("one stray octet after the last attribute at offset " + pos);
            }
            int type = data[pos] & 0xFF;
            int len = data[pos + 1] & 0xFF;
            if (len < 2) {
                throw new RadiusDecodeException("attribute " + type + " at offset " + pos + " has length " + len);
            }
            if (pos + len > end) {
                throw new RadiusDecodeException("attribute " + type + " at offset " + pos + " runs past the packet");
            }
            result.add(RadiusAttribute.of(type, Arrays.copyOfRange(data, pos + 2, pos + len)));
            pos += len;
        }
        return result;
    }

    /** The packet as sent, Length field included. */
    public byte[] encode() {
        return encodeWith(authenticator);
    }

    /** Writes the encoded packet to {@code out}. */
    public void encodeTo(ByteBuf out) {
        out.writeBytes(encode());
    }

    /** Encoded length in octets. */
    public int length() {
        int len = HEADER_LENGTH;
        for (var a : attributes) {
            len += a.wireLength();
        }
        return len;
    }

    byte[] encodeWith(byte[] auth) {
        int length = length();
        if (length > MAX_LENGTH) {
            throw new IllegalStateException("packet of " + length + " octets exceeds " + MAX_LENGTH);
        }
        var out = new byte[length];
        out[0] = (byte) code.value();
        out[1] = (byte) identifier;
        out[2] = (byte) (length >>> 8);
        out[3] = (byte) length;
        System.arraycopy(auth, 0, out, 4, AUTHENTICATOR_LENGTH);
        int pos = HEADER_LENGTH;
        for (var a : attributes) {
            var v = a.rawValue();
            out[pos] = (byte) a.type();
            out[pos + 1] = (byte) (v.length + 2);
            System.arraycopy(v, 0, out, pos + 2, v.length);
            pos += v.length + 2;
        }
        return out;
    }

    public PacketCode code() {
        return code;
    }

    public int identifier() {
        return identifier;
    }

    public byte[] authenticator() {
        return authenticator.clone();
    }

    public List<RadiusAttribute> attributes() {
        return attributes;
    }

    /** The first attribute of a type. */
    public Optional<RadiusAttribute> attribute(int type) {
        return attributes.stream().filter(a -> a.type() == type).findFirst();
    }

    public List<RadiusAttribute> attributes(int type) {
        return attributes.stream().filter(a -> a.type() == type).toList();
    }

    /** The first vendor attribute with this vendor id and vendor type. */
    public Optional<RadiusAttribute> vendorAttribute(long vendorId, int vendorType) {
        return attributes.stream().filter(a -> a.vendorId() == vendorId && a.vendorType() == vendorType)
                .findFirst();
    }

    public RadiusPacket withIdentifier(int newIdentifier) {
        return new RadiusPacket(code, newIdentifier, authenticator, attributes);
    }

    public RadiusPacket withAuthenticator(byte[] newAuthenticator) {
        return new RadiusPacket(code, identifier, newAuthenticator.clone(), attributes);
    }

    public RadiusPacket withAttributes(List<RadiusAttribute> newAttributes) {
        return new RadiusPacket(code, identifier, authenticator, newAttributes);
    }

    /** A copy with {@code attribute} appended. */
    public RadiusPacket withAttribute(RadiusAttribute attribute) {
        var list = new ArrayList<>(attributes);
        list.add(attribute);
        return withAttributes(list);
    }

    /** A copy without any attribute of this type. */
    public RadiusPacket withoutAttribute(int type) {
        return withAttributes(attributes.stream().filter(a -> a.type() != type).toList());
    }

    /** Code, identifier and attributes; password attributes show only their length. */
    @Override
    public String toString() {
        return code.name() + "[id=" + identifier + ", attributes=" + attributes + "]";
    }
}
