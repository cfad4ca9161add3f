package id.pita.portal.citizen;

import id.pita.core.session.MacAddress;

/**
 * What a gateway told the portal when it sent a citizen's browser there. Parsed from the request URL by
 * {@link Handshakes}; values are the browser's and untrusted until the hotspot is found and, for Chilli with a
 * uamsecret, the {@code md} is verified.
 */
public sealed interface Handshake permits MikrotikHandshake, ChilliHandshake, OpenNdsHandshake {
    MacAddress mac();

    /** The client's IP address as the gateway saw it (may be empty). */
    String clientIp();
}
