package id.pita.engine.coa;

import id.pita.core.Check;
import id.pita.core.district.Vendor;
import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import id.pita.engine.radius.vendor.ReplyEncoder;
import java.util.ArrayList;
import java.util.Optional;
import java.util.OptionalInt;

/** Builds the unsigned CoA and Disconnect requests for a push and reads the answers. Thread-safe. */
final class CoaPackets {
    /** Framed-IP-Address [RFC 2865 §5.8]. */
    static final int FRAMED_IP_ADDRESS = 8;
    /** Calling-Station-Id [RFC 2865 §5.31]. */
    static final int CALLING_STATION_ID = 31;
    /** Acct-Session-Id [RFC 2866 §5.5]. */
    static final int ACCT_SESSION_ID = 44;
    /** Error-Cause, in CoA-NAK and Disconnect-NAK [RFC 5176 §3.6]. */
    static final int ERROR_CAUSE = 101;

    private final ReplyEncoder encoder;

    CoaPackets(ReplyEncoder encoder) {
        this.encoder = encoder;
    }

    /**
     * The request with identifier 0 and a zero Message-Authenticator first, to be numbered and signed.
     * Message-Authenticator is always sent: RouterOS 7.15+ can require it [RFC 5176 §3.5, RFC 3579 §3.2].
     *
     * @throws id.pita.core.InvalidValueException when CoovaChilli gets no User-Name, which it requires
     */
    RadiusPacket build(CoaTarget target, PushRequest request) {
        var session = request.session();
        if (target.vendor() == Vendor.COOVACHILLI) {
            Check.notBlank("userName", session.userName());
        }
        var attrs = new ArrayList<RadiusAttribute>();
        attrs.add(RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16]));
        addText(attrs, AttributeType.USER_NAME, session.userName());
        addText(attrs, ACCT_SESSION_ID, session.acctSessionId());
        addText(attrs, CALLING_STATION_ID, session.callingStationId());
        session.framedIp().ifPresent(ip -> attrs.add(RadiusAttribute.of(FRAMED_IP_ADDRESS, ip.getAddress())));
        request.rate().ifPresent(rate -> attrs.addAll(encoder.encodeCoa(target.vendor(), rate)));
        var code = request.kind() == PushRequest.Kind.DISCONNECT ? PacketCode.DISCONNECT_REQUEST
                : PacketCode.COA_REQUEST;
        return RadiusPacket.of(code, 0, attrs);
    }

    /** ACK or NAK when {@code reply} is an answer of the right kind to {@code request}, else empty. */
    static Optional<Boolean> acknowledges(PacketCode request, PacketCode reply) {
        if (request.equals(PacketCode.COA_REQUEST)) {
            return reply.equals(PacketCode.COA_ACK) ? Optional.of(true)
                    : reply.equals(PacketCode.COA_NAK) ? Optional.of(false) : Optional.empty();
        }
        return reply.equals(PacketCode.DISCONNECT_ACK) ? Optional.of(true)
                : reply.equals(PacketCode.DISCONNECT_NAK) ? Optional.of(false) : Optional.empty();
    }

    static OptionalInt errorCause(RadiusPacket reply) {
        var attr = reply.attribute(ERROR_CAUSE);
        if (attr.isEmpty() || attr.get().value().length != 4) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) attr.get().asInt());
    }

    private static void addText(ArrayList<RadiusAttribute> attrs, int type, String value) {
        if (!value.isEmpty()) {
            attrs.add(RadiusAttribute.ofString(type, value));
        }
    }
}
