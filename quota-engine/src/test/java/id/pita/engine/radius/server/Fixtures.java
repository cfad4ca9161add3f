package id.pita.engine.radius.server;

import id.pita.core.district.Bandwidth;
import id.pita.core.district.Gateway;
import id.pita.core.district.MessageAuthenticatorPolicy;
import id.pita.core.district.Vendor;
import id.pita.engine.access.AccessDecision;
import id.pita.engine.access.AccessHandler;
import id.pita.engine.access.RateReply;
import id.pita.engine.radius.dictionary.Dictionary;
import id.pita.engine.radius.packet.AttributeType;
import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import id.pita.engine.radius.packet.UserPassword;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Gateways, a fake access handler and request builders shared by the server tests. */
final class Fixtures {
    static final String SECRET = "rahasia-bersama";
    static final String PASSWORD = "kata-sandi";
    static final Dictionary DICT = Dictionary.standard();
    static final RateReply RATE = new RateReply(new Bandwidth(2_000_000, 512_000), Bandwidth.ZERO,
            Optional.of(Duration.ofHours(1)), Optional.of(Duration.ofMinutes(10)), Duration.ofSeconds(60),
            Optional.of(500_000_000L), "warga");
    static final String REJECT_ID = "Kuota harian Anda sudah habis";

    private Fixtures() {
    }

    static Gateway gateway(Vendor vendor, MessageAuthenticatorPolicy policy) {
        return new Gateway("taman-kota", "paser-taman", "127.0.0.1", SECRET, vendor, 3799, policy, "");
    }

    /** Accepts "budi" with {@link #PASSWORD}; rejects everyone else with the quota message. */
    static AccessHandler budiOnly() {
        return req -> req.username().equals("budi") && req.password().matches(PASSWORD)
                ? new AccessDecision.Accept(RATE)
                : new AccessDecision.Reject("quota-exhausted", REJECT_ID, "Your daily quota is used up");
    }

    static byte[] secret() {
        return SECRET.getBytes(StandardCharsets.UTF_8);
    }

    static RadiusPacket papRequest(int id, String user, String password, boolean withMa, Random random) {
        var auth = new byte[16];
        random.nextBytes(auth);
        var attrs = new ArrayList<RadiusAttribute>();
        if (withMa) {
            attrs.add(RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, new byte[16]));
        }
        attrs.add(RadiusAttribute.ofString(AttributeType.USER_NAME, user));
        attrs.add(RadiusAttribute.of(AttributeType.USER_PASSWORD,
                UserPassword.hide(password.getBytes(StandardCharsets.UTF_8), secret(), auth)));
        attrs.add(DICT.attribute("Calling-Station-Id").string("aa-bb-cc-dd-ee-0f"));
        return Authenticators.signRequest(RadiusPacket.of(PacketCode.ACCESS_REQUEST, id, auth, attrs), secret());
    }

    static RadiusPacket accounting(int id, int status, String sessionId, List<RadiusAttribute> extra) {
        var attrs = new ArrayList<RadiusAttribute>();
        attrs.add(DICT.attribute("Acct-Status-Type").integer(status));
        attrs.add(DICT.attribute("Acct-Session-Id").string(sessionId));
        attrs.add(DICT.attribute("User-Name").string("budi"));
        attrs.addAll(extra);
        return Authenticators.signRequest(RadiusPacket.of(PacketCode.ACCOUNTING_REQUEST, id, attrs), secret());
    }
}
