package id.pita.portal.citizen;

import id.pita.core.session.MacAddress;

/**
 * CoovaChilli UAM redirect parameters (GATEWAYS.md).
 *
 * @param res         {@code notyet}, {@code success}, {@code failed}, {@code logoff} or {@code already}
 * @param challenge   32 hex digits; empty except with {@code notyet}/{@code failed}
 * @param reply       Chilli's Reply-Message from a failed login, may be empty
 * @param urlBeforeMd the URL up to {@code &md=}, the part {@code md} signs; the whole URL when unsigned
 * @param md          the signature, null when the gateway sent none
 */
public record ChilliHandshake(String res, String uamip, int uamport, String challenge, MacAddress mac, String clientIp,
                              String nasid, String called, String userurl, String reply, String urlBeforeMd,
                              String md) implements Handshake {
    /** Chilli's own web server, where {@code /logon} and {@code /logoff} live. */
    public String base() {
        return "http://" + (uamip.indexOf(':') >= 0 ? "[" + uamip + "]" : uamip) + ":" + uamport;
    }
}
