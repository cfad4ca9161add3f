package id.pita.engine.radius.server;

import id.pita.engine.radius.packet.PacketCode;

/** Which requests a port serves; Status-Server is answered on both [RFC 5997 §3]. */
enum PortRole {
    /** [RFC 2865 §3], UDP 1812. */
    AUTH,
    /** [RFC 2866 §3], UDP 1813. */
    ACCOUNTING;

    boolean serves(PacketCode code) {
        if (code.equals(PacketCode.STATUS_SERVER)) {
            return true;
        }
        return this == AUTH ? code.equals(PacketCode.ACCESS_REQUEST) : code.equals(PacketCode.ACCOUNTING_REQUEST);
    }
}
