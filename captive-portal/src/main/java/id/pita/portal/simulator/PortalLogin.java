package id.pita.portal.simulator;

/**
 * What a gateway learns from its citizen's browser at the end of the portal handshake, ready for the
 * Access-Request: the user name and the CHAP proof exactly as the router puts it on the wire.
 *
 * @param chapPassword  CHAP ident followed by the 16-octet response [RFC 2865 §5.3]
 * @param chapChallenge the challenge the response answers [RFC 2865 §5.40]
 */
record PortalLogin(String username, byte[] chapPassword, byte[] chapChallenge) {
    @Override
    public String toString() {
        return "PortalLogin[username=" + username + "]";
    }
}
