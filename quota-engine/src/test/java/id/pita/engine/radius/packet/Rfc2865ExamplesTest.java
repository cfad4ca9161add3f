package id.pita.engine.radius.packet;

import static id.pita.engine.radius.packet.Hex.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked examples of RFC 2865 §7, byte for byte; shared secret "xyzzy5461". */
class Rfc2865ExamplesTest {
    static final byte[] SECRET = "xyzzy5461".getBytes(StandardCharsets.US_ASCII);

    /** [RFC 2865 §7.1] User "nemo", password "arctangent", NAS 192.168.1.16 port 3. */
    static final byte[] PAP_REQUEST = bytes(""
            + "01"                                      // Code 1 = Access-Request
            + "00"                                      // Identifier 0
            + "0038"                                    // Length 56
            + "0f403f9473978057bd83d5cb98f4227a"        // Request Authenticator (random)
            + "01 06 6e656d6f"                          // User-Name (1), len 6, "nemo"
            + "02 12 0dbe708d93d413ce3196e43f782a0aee"  // User-Password (2), len 18, hidden "arctangent"
            + "04 06 c0a80110"                          // NAS-IP-Address (4), len 6, 192.168.1.16
            + "05 06 00000003");                        // NAS-Port (5), len 6, 3

    /** [RFC 2865 §7.1] The server's Access-Accept. */
    static final byte[] PAP_ACCEPT = bytes(""
            + "02"                                      // Code 2 = Access-Accept
            + "00"                                      // Identifier 0, copied from the request
            + "0026"                                    // Length 38
            + "86fe220e7624ba2a1005f6bf9b55e0b2"        // Response Authenticator
            + "06 06 00000001"                          // Service-Type (6) = Login (1)
            + "0f 06 00000000"                          // Login-Service (15) = Telnet (0)
            + "0e 06 c0a80103");                        // Login-IP-Host (14) = 192.168.1.3

    /** [RFC 2865 §7.2] User "flopsy" with CHAP; no CHAP-Challenge, so the Request Authenticator is the challenge. */
    static final byte[] CHAP_REQUEST = bytes(""
            + "01"                                      // Code 1 = Access-Request
            + "01"                                      // Identifier 1
            + "0047"                                    // Length 71
            + "2aee86f08d0d55969ca5978e0d3367a2"        // Request Authenticator, also the CHAP challenge
            + "01 08 666c6f707379"                      // User-Name (1), len 8, "flopsy"
            + "03 13 16"                                // CHAP-Password (3), len 19, CHAP ident 0x16
            + "e97557c316185895f293ff6344077275"        //   CHAP response MD5(ident || password || challenge)
            + "04 06 c0a80110"                          // NAS-IP-Address (4) = 192.168.1.16
            + "05 06 00000014"                          // NAS-Port (5) = 20
            + "06 06 00000002"                          // Service-Type (6) = Framed (2)
            + "07 06 00000001");                        // Framed-Protocol (7) = PPP (1)

    @Test
    void decodesThePapRequestFieldByField() {
        var p = RadiusPacket.decode(PAP_REQUEST);
        assertThat(p.code()).isEqualTo(PacketCode.ACCESS_REQUEST);
        assertThat(p.identifier()).isZero();
        assertThat(p.authenticator()).isEqualTo(bytes("0f403f9473978057bd83d5cb98f4227a"));
        assertThat(p.attributes()).hasSize(4);
        assertThat(p.attribute(1).orElseThrow().asString()).isEqualTo("nemo");
        assertThat(p.attribute(4).orElseThrow().asIpv4().getHostAddress()).isEqualTo("192.168.1.16");
        assertThat(p.attribute(5).orElseThrow().asInt()).isEqualTo(3);
        assertThat(p.encode()).isEqualTo(PAP_REQUEST);
    }

    @Test
    void unhidesAndHidesTheRfcUserPassword() {
        var p = RadiusPacket.decode(PAP_REQUEST);
        var hidden = p.attribute(AttributeType.USER_PASSWORD).orElseThrow().value();
        var clear = UserPassword.unhide(hidden, SECRET, p.authenticator());
        assertThat(new String(clear, StandardCharsets.US_ASCII)).isEqualTo("arctangent");
        assertThat(UserPassword.hide(clear, SECRET, p.authenticator())).isEqualTo(hidden);
    }

    @Test
    void signsTheRfcAccessAcceptToTheRfcResponseAuthenticator() {
        var request = RadiusPacket.decode(PAP_REQUEST);
        var accept = RadiusPacket.of(PacketCode.ACCESS_ACCEPT, request.identifier(), List.of(
                RadiusAttribute.ofInt(6, 1), RadiusAttribute.ofInt(15, 0),
                RadiusAttribute.of(14, bytes("c0a80103"))));
        var signed = Authenticators.signResponse(accept, request.authenticator(), SECRET);
        assertThat(signed.encode()).isEqualTo(PAP_ACCEPT);
        assertThat(Authenticators.verifyResponse(RadiusPacket.decode(PAP_ACCEPT), request.authenticator(), SECRET))
                .isTrue();
        assertThat(Authenticators.verifyResponse(RadiusPacket.decode(PAP_ACCEPT), request.authenticator(),
                "xyzzy5462".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }

    @Test
    void decodesTheChapRequestFieldByField() {
        var p = RadiusPacket.decode(CHAP_REQUEST);
        assertThat(p.code()).isEqualTo(PacketCode.ACCESS_REQUEST);
        assertThat(p.identifier()).isEqualTo(1);
        assertThat(p.attribute(1).orElseThrow().asString()).isEqualTo("flopsy");
        var chap = p.attribute(AttributeType.CHAP_PASSWORD).orElseThrow().value();
        assertThat(chap).hasSize(17);
        assertThat(chap[0]).isEqualTo((byte) 0x16);
        assertThat(p.attribute(5).orElseThrow().asInt()).isEqualTo(20);
        assertThat(p.attribute(6).orElseThrow().asInt()).isEqualTo(2);
        assertThat(p.attribute(7).orElseThrow().asInt()).isEqualTo(1);
        assertThat(Chap.challengeOf(p)).isEqualTo(p.authenticator());
        assertThat(p.encode()).isEqualTo(CHAP_REQUEST);
    }

    @Test
    void verifiesChapAgainstTheRequestAuthenticatorWhenNoChallengeAttribute() {
        // The RFC does not publish flopsy's password, so the proof is rebuilt with a known one over the
        // RFC's challenge and ident, and checked both ways.
        var p = RadiusPacket.decode(CHAP_REQUEST);
        var password = "bunny".getBytes(StandardCharsets.US_ASCII);
        var proof = Chap.chapPassword(0x16, password, Chap.challengeOf(p));
        var md5 = Digests.md5(new byte[] {0x16}, password, bytes("2aee86f08d0d55969ca5978e0d3367a2"));
        assertThat(proof).startsWith((byte) 0x16).endsWith(md5);
        assertThat(Chap.verify(proof, Chap.challengeOf(p), password)).isTrue();
        assertThat(Chap.verify(proof, Chap.challengeOf(p), "bunnY".getBytes(StandardCharsets.US_ASCII))).isFalse();
        var rfcProof = p.attribute(AttributeType.CHAP_PASSWORD).orElseThrow().value();
        assertThat(Chap.verify(rfcProof, Chap.challengeOf(p), password)).isFalse();
    }

    @Test
    void usesChapChallengeAttributeWhenPresent() {
        var challenge = bytes("00112233445566778899aabbccddeeff0011");
        var password = "rahasia".getBytes(StandardCharsets.US_ASCII);
        var p = RadiusPacket.decode(CHAP_REQUEST)
                .withAttribute(RadiusAttribute.of(AttributeType.CHAP_CHALLENGE, challenge));
        assertThat(Chap.challengeOf(p)).isEqualTo(challenge);
        assertThat(Chap.verify(Chap.chapPassword(7, password, challenge), Chap.challengeOf(p), password)).isTrue();
        assertThat(Chap.verify(Chap.chapPassword(7, password, p.authenticator()), Chap.challengeOf(p), password))
                .isFalse();
    }
}
