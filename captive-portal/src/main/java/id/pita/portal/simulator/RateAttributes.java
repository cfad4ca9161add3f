package id.pita.portal.simulator;

import id.pita.core.district.Bandwidth;
import id.pita.core.district.Vendor;
import id.pita.engine.radius.packet.RadiusAttribute;
import id.pita.engine.radius.packet.RadiusPacket;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the rate a gateway would apply from an Access-Accept or CoA-Request, as the gateway itself does
 * (GATEWAYS.md): MikroTik's {@code Mikrotik-Rate-Limit} ("rx/tx" from the router's side, so rx = client
 * upload) wins over WISPr; CoovaChilli's {@code ChilliSpot-Bandwidth-Max-*} (kbit/s) win over WISPr (bit/s).
 * Rates returned are bit/s from the client's side. Pure; thread-safe.
 */
final class RateAttributes {
    /** MikroTik vendor id and Mikrotik-Rate-Limit (8). */
    static final long MIKROTIK = 14988;
    static final int MIKROTIK_RATE_LIMIT = 8;
    /** CoovaChilli vendor id; ChilliSpot-Bandwidth-Max-Up (4) and -Down (5), kbit/s. */
    static final long CHILLI = 14559;
    static final int CHILLI_MAX_UP = 4;
    static final int CHILLI_MAX_DOWN = 5;
    /** WISPr vendor id; WISPr-Bandwidth-Max-Up (7) and -Down (8), bit/s. */
    static final long WISPR = 14122;
    static final int WISPR_MAX_UP = 7;
    static final int WISPR_MAX_DOWN = 8;

    private RateAttributes() {
    }

    static Optional<Bandwidth> read(Vendor vendor, RadiusPacket packet) {
        Optional<Bandwidth> own = switch (vendor) {
            case MIKROTIK -> packet.vendorAttribute(MIKROTIK, MIKROTIK_RATE_LIMIT)
                    .map(a -> mikrotik(a.asString()));
            case COOVACHILLI -> pair(packet, CHILLI, CHILLI_MAX_DOWN, CHILLI_MAX_UP, 1000);
            case GENERIC, OPENNDS -> Optional.empty();
        };
        return own.isPresent() ? own : pair(packet, WISPR, WISPR_MAX_DOWN, WISPR_MAX_UP, 1);
    }

    /** {@code 512k/2M 0/0 0/0 0/0 8 256k/1M}: the first field is rx/tx, i.e. client upload / client download. */
    static Bandwidth mikrotik(String text) {
        var first = text.trim().split("\\s+")[0];
        var parts = first.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a Mikrotik-Rate-Limit: " + text);
        }
        return new Bandwidth(bps(parts[1]), bps(parts[0]));
    }

    static long bps(String field) {
        var f = field.trim().toLowerCase(Locale.ROOT);
        if (f.endsWith("m")) {
            return Long.parseLong(f.substring(0, f.length() - 1)) * 1_000_000;
        }
        if (f.endsWith("k")) {
            return Long.parseLong(f.substring(0, f.length() - 1)) * 1_000;
        }
        return Long.parseLong(f);
    }

    private static Optional<Bandwidth> pair(RadiusPacket p, long vendor, int down, int up, long unit) {
        var d = p.vendorAttribute(vendor, down).map(RadiusAttribute::asInt);
        var u = p.vendorAttribute(vendor, up).map(RadiusAttribute::asInt);
        if (d.isEmpty() || u.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Bandwidth(d.get() * unit, u.get() * unit));
    }
}
