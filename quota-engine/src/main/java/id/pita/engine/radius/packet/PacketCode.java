package id.pita.engine.radius.packet;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The RADIUS Code field as an open enum: the known codes are constants, any other value 0..255 is
 * kept (and compares equal by value) so that a packet with an unfamiliar code still decodes.
 */
public final class PacketCode implements Comparable<PacketCode> {
    /** [RFC 2865 §4.1] */
    public static final PacketCode ACCESS_REQUEST = new PacketCode(1, "Access-Request");
    /** [RFC 2865 §4.2] */
    public static final PacketCode ACCESS_ACCEPT = new PacketCode(2, "Access-Accept");
    /** [RFC 2865 §4.3] */
    public static final PacketCode ACCESS_REJECT = new PacketCode(3, "Access-Reject");
    /** [RFC 2866 §4.1] */
    public static final PacketCode ACCOUNTING_REQUEST = new PacketCode(4, "Accounting-Request");
    /** [RFC 2866 §4.2] */
    public static final PacketCode ACCOUNTING_RESPONSE = new PacketCode(5, "Accounting-Response");
    /** [RFC 2865 §4.4] */
    public static final PacketCode ACCESS_CHALLENGE = new PacketCode(11, "Access-Challenge");
    /** [RFC 5997 §3] */
    public static final PacketCode STATUS_SERVER = new PacketCode(12, "Status-Server");
    /** [RFC 5176 §3.1] */
    public static final PacketCode DISCONNECT_REQUEST = new PacketCode(40, "Disconnect-Request");
    /** [RFC 5176 §3.1] */
    public static final PacketCode DISCONNECT_ACK = new PacketCode(41, "Disconnect-ACK");
    /** [RFC 5176 §3.1] */
    public static final PacketCode DISCONNECT_NAK = new PacketCode(42, "Disconnect-NAK");
    /** [RFC 5176 §3.2] */
    public static final PacketCode COA_REQUEST = new PacketCode(43, "CoA-Request");
    /** [RFC 5176 §3.2] */
    public static final PacketCode COA_ACK = new PacketCode(44, "CoA-ACK");
    /** [RFC 5176 §3.2] */
    public static final PacketCode COA_NAK = new PacketCode(45, "CoA-NAK");

    private static final Map<Integer, PacketCode> KNOWN = Stream.of(ACCESS_REQUEST, ACCESS_ACCEPT, ACCESS_REJECT,
                    ACCOUNTING_REQUEST, ACCOUNTING_RESPONSE, ACCESS_CHALLENGE, STATUS_SERVER, DISCONNECT_REQUEST,
                    DISCONNECT_ACK, DISCONNECT_NAK, COA_REQUEST, COA_ACK, COA_NAK)
            .collect(Collectors.toUnmodifiableMap(PacketCode::value, Function.identity()));

    private final int value;
    private final String name;

    private PacketCode(int value, String name) {
        this.value = value;
        this.name = name;
    }

    /** The code for a wire value; unknown values get a fresh instance named {@code Unknown-<n>}. */
    public static PacketCode valueOf(int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("RADIUS code must be 0..255 (was " + value + ")");
        }
        var known = KNOWN.get(value);
        return known != null ? known : new PacketCode(value, "Unknown-" + value);
    }

    public int value() {
        return value;
    }

    public String name() {
        return name;
    }

    public boolean isKnown() {
        return KNOWN.containsKey(value);
    }

    /**
     * Requests whose authenticator is MD5 over the packet with a zero authenticator and the secret
     * [RFC 2866 §3], [RFC 5176 §3.5], rather than 16 random octets.
     */
    public boolean hasComputedRequestAuthenticator() {
        return value == 4 || value == 40 || value == 43;
    }

    /** Responses, whose authenticator is computed over the request authenticator [RFC 2865 §3]. */
    public boolean isResponse() {
        return value == 2 || value == 3 || value == 5 || value == 11 || value == 41 || value == 42
                || value == 44 || value == 45;
    }

    @Override
    public int compareTo(PacketCode other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PacketCode && ((PacketCode) o).value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    @Override
    public String toString() {
        return name + "(" + value + ")";
    }
}
