package id.pita.engine.radius.packet;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;

/**
 * Computes and checks the Response/Request Authenticator and Message-Authenticator. Comparisons use
 * {@link MessageDigest#isEqual}, which is constant-time. Secrets are the shared secret's octets.
 */
public final class Authenticators {
    private static final byte[] ZERO = new byte[RadiusPacket.AUTHENTICATOR_LENGTH];

    private Authenticators() {
    }

    /**
     * Signs a response: first Message-Authenticator, if the response holds one, computed over the
     * response with the request's authenticator in place [RFC 3579 §3.2]; then the Response
     * Authenticator MD5(Code+ID+Length+RequestAuth+Attributes+Secret) [RFC 2865 §3].
     */
    public static RadiusPacket signResponse(RadiusPacket response, byte[] requestAuthenticator, byte[] secret) {
        var withMa = fillMessageAuthenticator(response, requestAuthenticator, secret);
        var auth = Digests.md5(withMa.encodeWith(requestAuthenticator), secret);
        return withMa.withAuthenticator(auth);
    }

    /** Checks the Response Authenticator and, if present, the Message-Authenticator of a response. */
    public static boolean verifyResponse(RadiusPacket response, byte[] requestAuthenticator, byte[] secret) {
        var expected = Digests.md5(response.encodeWith(requestAuthenticator), secret);
        boolean authOk = MessageDigest.isEqual(expected, response.authenticator());
        boolean maOk = response.attribute(AttributeType.MESSAGE_AUTHENTICATOR).isEmpty()
                || messageAuthenticatorMatches(response, requestAuthenticator, secret);
        return authOk & maOk;
    }

    /**
     * Signs a request. Accounting, CoA and Disconnect requests get MD5(Code+ID+Length+16 zero
     * octets+Attributes+Secret) [RFC 2866 §3, RFC 5176 §3.5], with any Message-Authenticator computed
     * first over the zero authenticator. Other requests (Access-Request, Status-Server) keep their
     * random authenticator, which the Message-Authenticator covers.
     */
    public static RadiusPacket signRequest(RadiusPacket request, byte[] secret) {
        if (!request.code().hasComputedRequestAuthenticator()) {
            return fillMessageAuthenticator(request, request.authenticator(), secret);
        }
        var withMa = fillMessageAuthenticator(request, ZERO, secret);
        return withMa.withAuthenticator(Digests.md5(withMa.encodeWith(ZERO), secret));
    }

    /** Checks a computed Request Authenticator [RFC 2866 §3, RFC 5176 §3.5]. */
    public static boolean verifyRequestAuthenticator(RadiusPacket request, byte[] secret) {
        var expected = Digests.md5(request.encodeWith(ZERO), secret);
        return MessageDigest.isEqual(expected, request.authenticator());
    }

    /**
     * True when the request holds exactly one Message-Authenticator and it is right. For Access-Request
     * and Status-Server the HMAC covers the request's own authenticator; for Accounting, CoA and
     * Disconnect requests a zero one [RFC 3579 §3.2, RFC 5176 §3.5].
     */
    public static boolean verifyRequestMessageAuthenticator(RadiusPacket request, byte[] secret) {
        var auth = request.code().hasComputedRequestAuthenticator() ? ZERO : request.authenticator();
        return messageAuthenticatorMatches(request, auth, secret);
    }

    /** True when the response holds exactly one Message-Authenticator and it is right. */
    public static boolean verifyResponseMessageAuthenticator(RadiusPacket response, byte[] requestAuthenticator,
                                                             byte[] secret) {
        return messageAuthenticatorMatches(response, requestAuthenticator, secret);
    }

    private static boolean messageAuthenticatorMatches(RadiusPacket packet, byte[] auth, byte[] secret) {
        var found = packet.attributes(AttributeType.MESSAGE_AUTHENTICATOR);
        if (found.size() != 1 || found.get(0).wireLength() != 18) {
            return false;
        }
        var expected = hmac(zeroMessageAuthenticator(packet), auth, secret);
        return MessageDigest.isEqual(expected, found.get(0).rawValue());
    }

    /** Replaces the value of the packet's Message-Authenticator with its HMAC; unchanged if it has none. */
    private static RadiusPacket fillMessageAuthenticator(RadiusPacket packet, byte[] auth, byte[] secret) {
        if (packet.attribute(AttributeType.MESSAGE_AUTHENTICATOR).isEmpty()) {
            return packet;
        }
        var zeroed = zeroMessageAuthenticator(packet);
        var mac = RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, hmac(zeroed, auth, secret));
        var list = new ArrayList<RadiusAttribute>();
        for (var a : zeroed.attributes()) {
            list.add(a.type() == AttributeType.MESSAGE_AUTHENTICATOR ? mac : a);
        }
        return zeroed.withAttributes(list);
    }

    private static RadiusPacket zeroMessageAuthenticator(RadiusPacket packet) {
        var zero = RadiusAttribute.of(AttributeType.MESSAGE_AUTHENTICATOR, ZERO);
        var list = new ArrayList<RadiusAttribute>();
        for (var a : packet.attributes()) {
            list.add(a.type() == AttributeType.MESSAGE_AUTHENTICATOR ? zero : a);
        }
        return packet.withAttributes(list);
    }

    private static byte[] hmac(RadiusPacket zeroed, byte[] auth, byte[] secret) {
        try {
            return Digests.hmacMd5(secret, zeroed.encodeWith(auth));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-MD5 unavailable", e);
        }
    }
}
