package id.pita.engine.radius.server;

import id.pita.core.InvalidValueException;
import id.pita.core.session.MacAddress;
import id.pita.engine.access.AccessDecision;
import id.pita.engine.access.AccessHandler;
import id.pita.engine.access.AccessRequestInfo;
import id.pita.engine.access.PasswordCheck;
import id.pita.engine.access.Rejects;
import id.pita.engine.gateway.GatewayMonitor;
import id.pita.engine.radius.dictionary.AttributeDef;
import id.pita.engine.radius.dictionary.Dictionary;
import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.Chap;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusDecodeException;
import id.pita.engine.radius.packet.RadiusPacket;
import id.pita.engine.radius.packet.UserPassword;
import id.pita.engine.radius.vendor.ReplyEncoder;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An authenticated Access-Request to Access-Accept or Access-Reject: builds the
 * {@link AccessRequestInfo}, asks the {@link AccessHandler}, encodes its decision. Blocking is
 * allowed (runs on a worker). Thread-safe.
 */
final class AccessFlow {
    private final AccessHandler handler;
    private final GatewayMonitor monitor;
    private final ReplyEncoder encoder;
    private final AttributeDef callingStationId;
    private final AttributeDef framedIp;
    private final AttributeDef acctSessionId;

    AccessFlow(AccessHandler handler, ReplyEncoder encoder, Dictionary dictionary, GatewayMonitor monitor) {
        this.handler = handler;
        this.monitor = monitor;
        this.encoder = encoder;
        this.callingStationId = dictionary.attribute("Calling-Station-Id");
        this.framedIp = dictionary.attribute("Framed-IP-Address");
        this.acctSessionId = dictionary.attribute("Acct-Session-Id");
    }

    /** The unsigned response; throws {@link RadiusDecodeException} for a request missing what it needs. */
    RadiusPacket handle(RadiusRequest request) {
        var info = info(request);
        var decision = hasCredentials(request.packet()) ? handler.decide(info) : Rejects.noCredentials();
        return response(request, decision);
    }

    /**
     * An Access-Request MUST contain a User-Password, a CHAP-Password or a State, and MUST NOT contain
     * both passwords [RFC 2865 §4.1]; one that breaks the rule is rejected without asking the policy.
     */
    static boolean hasCredentials(RadiusPacket p) {
        boolean pap = p.attribute(AttributeType.USER_PASSWORD).isPresent();
        boolean chap = p.attribute(AttributeType.CHAP_PASSWORD).isPresent();
        boolean state = p.attribute(AttributeType.STATE).isPresent();
        return pap != chap || !pap && state;
    }

    AccessRequestInfo info(RadiusRequest request) {
        var p = request.packet();
        var username = p.attribute(AttributeType.USER_NAME).map(RadiusAttribute::asString)
                .orElseThrow(() -> new RadiusDecodeException("Access-Request without User-Name"));
        var mac = callingStationId.getString(p).flatMap(AccessFlow::mac);
        var ip = framedIp.getIpaddr(p).map(InetAddress::getHostAddress);
        return new AccessRequestInfo(request.gateway(), username, mac, ip, acctSessionId.getString(p),
                passwordCheck(p, request.secret()));
    }

    /** Calling-Station-Id in any of the gateways' forms, or nothing if it is not a MAC. */
    private static Optional<String> mac(String text) {
        try {
            return Optional.of(MacAddress.parse(text).value());
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** PAP [RFC 2865 §5.2] or CHAP [RFC 2865 §5.3]; with neither, no password matches. */
    private static PasswordCheck passwordCheck(RadiusPacket p, byte[] secret) {
        var pap = p.attribute(AttributeType.USER_PASSWORD);
        if (pap.isPresent()) {
            var clear = UserPassword.unhide(pap.get().value(), secret, p.authenticator());
            return candidate -> UserPassword.matches(clear, candidate.getBytes(StandardCharsets.UTF_8));
        }
        var chap = p.attribute(AttributeType.CHAP_PASSWORD);
        if (chap.isPresent()) {
            var proof = chap.get().value();
            var challenge = Chap.challengeOf(p);
            return candidate -> Chap.verify(proof, challenge, candidate.getBytes(StandardCharsets.UTF_8));
        }
        return candidate -> false;
    }

    /** Message-Authenticator first (BlastRADIUS), the decision's attributes, then Proxy-State copies. */
    RadiusPacket response(RadiusRequest request, AccessDecision decision) {
        var attrs = new ArrayList<RadiusAttribute>();
        attrs.add(RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16]));
        PacketCode code;
        if (decision instanceof AccessDecision.Accept) {
            code = PacketCode.ACCESS_ACCEPT;
            monitor.accepted(request.gateway().id());
            attrs.addAll(encoder.encode(request.gateway().vendor(), ((AccessDecision.Accept) decision).reply()));
            var note = ((AccessDecision.Accept) decision).messageId();
            if (!note.isEmpty()) {
                attrs.add(RadiusAttribute.of(AttributeType.REPLY_MESSAGE, Utf8.truncate(note,
                        RadiusAttribute.MAX_VALUE_LENGTH)));
            }
        } else {
            code = PacketCode.ACCESS_REJECT;
            var text = ((AccessDecision.Reject) decision).messageId();
            attrs.add(RadiusAttribute.of(AttributeType.REPLY_MESSAGE, Utf8.truncate(text,
                    RadiusAttribute.MAX_VALUE_LENGTH)));
        }
        attrs.addAll(proxyState(request.packet()));
        return RadiusPacket.of(code, request.packet().identifier(), attrs);
    }

    /** Proxy-State is copied unmodified into the response [RFC 2865 §5.33]. */
    static List<RadiusAttribute> proxyState(RadiusPacket request) {
        return request.attributes(33);
    }
}
