package id.pita.engine.radius.packet;

/**
 * The few attribute types the codec itself must know to hide passwords and sign packets. Every other
 * attribute is named in the dictionary resource ({@code radius.dictionary}).
 */
public final class AttributeType {
    /** User-Name, string [RFC 2865 §5.1]. */
    public static final int USER_NAME = 1;
    /** User-Password, hidden with the secret and request authenticator [RFC 2865 §5.2]. */
    public static final int USER_PASSWORD = 2;
    /** CHAP-Password: CHAP ident + 16-octet response [RFC 2865 §5.3]. */
    public static final int CHAP_PASSWORD = 3;
    /** Reply-Message, UTF-8 text [RFC 2865 §5.18]. */
    public static final int REPLY_MESSAGE = 18;
    /** Vendor-Specific: vendor id, then vendor type, length, value [RFC 2865 §5.26]. */
    public static final int VENDOR_SPECIFIC = 26;
    /** State [RFC 2865 §5.24]: echoed back after an Access-Challenge. */
    public static final int STATE = 24;
    /** CHAP-Challenge; when absent the request authenticator is the challenge [RFC 2865 §5.40]. */
    public static final int CHAP_CHALLENGE = 60;
    /** Tunnel-Password, hidden [RFC 2868 §3.5]. */
    public static final int TUNNEL_PASSWORD = 69;
    /** Message-Authenticator, HMAC-MD5 over the packet with this value zeroed [RFC 3579 §3.2]. */
    public static final int MESSAGE_AUTHENTICATOR = 80;

    private AttributeType() {
    }

    /** Attributes whose value must never be printed. */
    public static boolean isSecret(int type) {
        return type == USER_PASSWORD || type == CHAP_PASSWORD || type == TUNNEL_PASSWORD;
    }
}
