package id.pita.engine.radius.vendor;

import id.pita.core.district.Vendor;
import id.pita.engine.access.RateReply;
import id.pita.engine.radius.dictionary.AttributeDef;
import id.pita.engine.radius.dictionary.Dictionary;
import id.pita.engine.radius.packet.RadiusAttribute;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link RateReply} in a gateway's own attributes (GATEWAYS.md). Rates in the reply are
 * bit/s from the client's side; each vendor's units and direction conventions are applied here.
 * Thread-safe.
 */
public final class ReplyEncoder {
    /** CoovaChilli rejects Acct-Interim-Interval values under 60 s (GATEWAYS.md). */
    static final long CHILLI_MIN_INTERIM_SECONDS = 60;
    private static final long GIGAWORD = 1L << 32;

    private final AttributeDef sessionTimeout;
    private final AttributeDef idleTimeout;
    private final AttributeDef interim;
    private final AttributeDef classAttr;
    private final AttributeDef mikrotikRateLimit;
    private final AttributeDef mikrotikTotalLimit;
    private final AttributeDef mikrotikTotalGigawords;
    private final AttributeDef wisprMaxUp;
    private final AttributeDef wisprMaxDown;
    private final AttributeDef chilliMaxUp;
    private final AttributeDef chilliMaxDown;
    private final AttributeDef chilliMaxTotal;
    private final AttributeDef chilliMaxTotalGigawords;

    public ReplyEncoder(Dictionary dictionary) {
        sessionTimeout = dictionary.attribute("Session-Timeout");
        idleTimeout = dictionary.attribute("Idle-Timeout");
        interim = dictionary.attribute("Acct-Interim-Interval");
        classAttr = dictionary.attribute("Class");
        mikrotikRateLimit = dictionary.attribute("Mikrotik-Rate-Limit");
        mikrotikTotalLimit = dictionary.attribute("Mikrotik-Total-Limit");
        mikrotikTotalGigawords = dictionary.attribute("Mikrotik-Total-Limit-Gigawords");
        wisprMaxUp = dictionary.attribute("WISPr-Bandwidth-Max-Up");
        wisprMaxDown = dictionary.attribute("WISPr-Bandwidth-Max-Down");
        chilliMaxUp = dictionary.attribute("ChilliSpot-Bandwidth-Max-Up");
        chilliMaxDown = dictionary.attribute("ChilliSpot-Bandwidth-Max-Down");
        chilliMaxTotal = dictionary.attribute("ChilliSpot-Max-Total-Octets");
        chilliMaxTotalGigawords = dictionary.attribute("ChilliSpot-Max-Total-Gigawords");
    }

    public ReplyEncoder() {
        this(Dictionary.standard());
    }

    /**
     * Access-Accept attributes: the vendor's rate and quota attributes, then Session-Timeout (when
     * set), Idle-Timeout (when set), Acct-Interim-Interval and Class (when not empty).
     */
    public List<RadiusAttribute> encode(Vendor vendor, RateReply reply) {
        var out = new ArrayList<RadiusAttribute>();
        switch (vendor) {
            case MIKROTIK -> mikrotik(reply, out);
            case COOVACHILLI -> chilli(reply, out);
            case GENERIC, OPENNDS -> wispr(reply, out);
        }
        timeouts(vendor, reply, out);
        if (!reply.className().isEmpty()) {
            out.add(classAttr.octets(reply.className().getBytes(StandardCharsets.UTF_8)));
        }
        return List.copyOf(out);
    }

    /**
     * CoA-Request body (without session identification). CoovaChilli resets every attribute a CoA
     * leaves out to unlimited, so it gets the complete set (GATEWAYS.md). RouterOS changes only what
     * its manual lists (Rate-Limit, Group, Recv/Xmit-Limit, Session-Timeout, Idle-Timeout, ...; not
     * Acct-Interim-Interval), and what a Session-Timeout inside a CoA means there is undocumented, so
     * MikroTik gets its Rate-Limit and Idle-Timeout only: a hotspot's closing time is enforced by a
     * Disconnect-Request. Others get WISPr and the timeouts.
     */
    public List<RadiusAttribute> encodeCoa(Vendor vendor, RateReply reply) {
        var out = new ArrayList<RadiusAttribute>();
        switch (vendor) {
            case MIKROTIK -> {
                out.add(mikrotikRateLimit.string(MikrotikRateLimit.format(reply.rate(), reply.guaranteed())));
                reply.idleTimeout().ifPresent(d -> out.add(idleTimeout.integer(seconds(d))));
                return List.copyOf(out);
            }
            case COOVACHILLI -> chilli(reply, out);
            case GENERIC, OPENNDS -> wispr(reply, out);
        }
        timeouts(vendor, reply, out);
        return List.copyOf(out);
    }

    private void mikrotik(RateReply reply, List<RadiusAttribute> out) {
        out.add(mikrotikRateLimit.string(MikrotikRateLimit.format(reply.rate(), reply.guaranteed())));
        reply.remainingBytes().ifPresent(bytes -> addWithGigawords(bytes, mikrotikTotalLimit,
                mikrotikTotalGigawords, out));
    }

    private void chilli(RateReply reply, List<RadiusAttribute> out) {
        out.add(chilliMaxUp.integer(kbps(reply.rate().up())));
        out.add(chilliMaxDown.integer(kbps(reply.rate().down())));
        wispr(reply, out);
        reply.remainingBytes().ifPresent(bytes -> addWithGigawords(bytes, chilliMaxTotal,
                chilliMaxTotalGigawords, out));
    }

    private void wispr(RateReply reply, List<RadiusAttribute> out) {
        out.add(wisprMaxUp.integer(Math.min(reply.rate().up(), 0xFFFFFFFFL)));
        out.add(wisprMaxDown.integer(Math.min(reply.rate().down(), 0xFFFFFFFFL)));
    }

    private void timeouts(Vendor vendor, RateReply reply, List<RadiusAttribute> out) {
        reply.sessionTimeout().ifPresent(d -> out.add(sessionTimeout.integer(seconds(d))));
        reply.idleTimeout().ifPresent(d -> out.add(idleTimeout.integer(seconds(d))));
        long interimSeconds = seconds(reply.interimInterval());
        if (vendor == Vendor.COOVACHILLI) {
            interimSeconds = Math.max(CHILLI_MIN_INTERIM_SECONDS, interimSeconds);
        }
        if (interimSeconds > 0) {
            out.add(interim.integer(interimSeconds));
        }
    }

    /**
     * Octets as a 32-bit low part plus a gigawords part when it is non-zero. Zero remaining bytes
     * would read as "no limit" to both gateways, so at least one octet is granted.
     */
    private static void addWithGigawords(long bytes, AttributeDef low, AttributeDef high,
                                         List<RadiusAttribute> out) {
        long b = Math.max(1, bytes);
        out.add(low.integer(b % GIGAWORD));
        if (b >= GIGAWORD) {
            out.add(high.integer(Math.min(b / GIGAWORD, 0xFFFFFFFFL)));
        }
    }

    /** kbit/s for ChilliSpot, rounded up so that a non-zero rate never becomes 0 (unlimited to Chilli). */
    static long kbps(long bps) {
        return Math.min((bps + 999) / 1000, 0xFFFFFFFFL);
    }

    private static long seconds(Duration d) {
        return Math.min(Math.max(0, d.toSeconds()), 0xFFFFFFFFL);
    }
}
