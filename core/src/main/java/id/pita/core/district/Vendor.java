package id.pita.core.district;

/** The gateway's make, which decides its RADIUS vocabulary and portal handshake (see GATEWAYS.md). */
public enum Vendor {
    MIKROTIK, COOVACHILLI, OPENNDS, GENERIC
}
