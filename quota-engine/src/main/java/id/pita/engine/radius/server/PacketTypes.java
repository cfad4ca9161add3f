package id.pita.engine.radius.server;

import id.pita.engine.radius.packet.PacketCode;
import java.util.Locale;

/** Metric label for a packet code: {@code access-request}, {@code coa-ack}, or {@code other}. */
final class PacketTypes {
    private PacketTypes() {
    }

    static String label(PacketCode code) {
        return code.isKnown() ? code.name().toLowerCase(Locale.ROOT) : "other";
    }
}
