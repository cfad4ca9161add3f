package id.pita.portal.citizen;

import id.pita.core.session.MacAddress;

/**
 * MikroTik external login parameters (GATEWAYS.md).
 *
 * @param loginUrl  {@code link-login-only} (or {@code link-login}): where the browser must post the login
 * @param origUrl   {@code link-orig}: where the citizen wanted to go; sent back as {@code dst}
 * @param logoutUrl {@code link-logout}, may be empty
 * @param chapId    decoded {@code chap-id}; null with HTTP-PAP
 * @param challenge decoded {@code chap-challenge}; null with HTTP-PAP
 * @param error     the router's {@code error} text from a failed attempt, may be empty
 * @param loginHost the host of the login URL, for the directory lookup
 * @param loginPort the port of the login URL; -1 when it names none
 */
public record MikrotikHandshake(MacAddress mac, String clientIp, String serverName, String loginUrl, String origUrl,
                                String logoutUrl, byte[] chapId, byte[] challenge, String error, String loginHost,
                                int loginPort) implements Handshake {

    public boolean chap() {
        return chapId != null;
    }
}
