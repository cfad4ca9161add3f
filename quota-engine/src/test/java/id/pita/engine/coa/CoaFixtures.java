package id.pita.engine.coa;

import id.pita.core.district.Bandwidth;
import id.pita.core.district.Vendor;
import id.pita.engine.access.RateReply;
import id.pita.engine.radius.packet.Authenticators;
import id.pita.engine.radius.packet.PacketCode;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Shared values for the CoA tests. */
final class CoaFixtures {
    static final String SECRET = "pita-coa-test-secret";

    private CoaFixtures() {
    }

    static InetAddress loopback() {
        return InetAddress.getLoopbackAddress();
    }

    static CoaTarget target(Vendor vendor, int port) {
        return new CoaTarget(loopback(), port, SECRET, vendor);
    }

    /** 2 Mbit/s down, 512 kbit/s up, 1M/256k guaranteed, 1 h session, 10 min idle, 5 min interim. */
    static RateReply rate() {
        return new RateReply(Bandwidth.mbps(2, 0.512), Bandwidth.mbps(1, 0.256), Optional.of(Duration.ofHours(1)),
                Optional.of(Duration.ofMinutes(10)), Duration.ofMinutes(5), Optional.empty(), "");
    }

    static SessionRef session(String userName) {
        try {
            var ip = (Inet4Address) InetAddress.getByAddress(new byte[] {10, 20, 0, 7});
            return new SessionRef(userName, "sid-" + userName, "AA-BB-CC-00-11-22", Optional.of(ip));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A correctly signed answer to {@code request}, with {@code attributes}. */
    static byte[] answer(RadiusPacket request, PacketCode code, String secret, List<RadiusAttribute> attributes) {
        var reply = RadiusPacket.of(code, request.identifier(), attributes);
        return Authenticators.signResponse(reply, request.authenticator(), secret.getBytes(StandardCharsets.UTF_8))
                .encode();
    }
}
