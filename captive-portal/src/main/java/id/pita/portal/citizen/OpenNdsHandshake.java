package id.pita.portal.citizen;

import id.pita.core.session.MacAddress;

/**
 * openNDS FAS level 1 fields from the {@code fas} query value (GATEWAYS.md).
 *
 * @param gatewayAddress {@code ip:port} of the gateway's own web server, where {@code /opennds_auth/} lives
 * @param originUrl      where the citizen wanted to go, decoded
 */
public record OpenNdsHandshake(String hid, MacAddress mac, String clientIp, String gatewayName, String gatewayAddress,
                               String originUrl) implements Handshake {
    /** The host part of {@code gatewayAddress} (an IPv6 address without its brackets). */
    public String gatewayHost() {
        var host = gatewayAddress.substring(0, gatewayAddress.lastIndexOf(':'));
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    public int gatewayPort() {
        return Integer.parseInt(gatewayAddress.substring(gatewayAddress.lastIndexOf(':') + 1));
    }
}
