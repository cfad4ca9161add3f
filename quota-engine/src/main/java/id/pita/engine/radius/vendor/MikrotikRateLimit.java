package id.pita.engine.radius.vendor;

import id.pita.core.district.Bandwidth;

/**
 * Mikrotik-Rate-Limit text (vendor 14988, attribute 8), written from the router's side: rx is the
 * client's upload, tx its download. Form: {@code rx/tx [burst-rx/burst-tx [threshold-rx/threshold-tx
 * [time-rx/time-tx [priority [min-rx/min-tx]]]]]}; rates with {@code k} (x1000) or {@code M}
 * (x1,000,000) when exact, else plain bit/s.
 */
public final class MikrotikRateLimit {
    /** Queue priority given with a guarantee: 8 is RouterOS's lowest, leaving priority to none. */
    static final int GUARANTEE_PRIORITY = 8;

    private MikrotikRateLimit() {
    }

    /**
     * {@code 512k/2M 0/0 0/0 0/0 8 0/0} for 2 Mbit/s down and 512 kbit/s up with no guarantee; with a
     * guarantee of 1M down and 256k up, {@code 512k/2M 0/0 0/0 0/0 8 256k/1M} (no burst: zero burst
     * rate, threshold and time). The limit-at field is always written: RouterOS's manual says omitted
     * min rates equal the max rates, which would make every citizen "guaranteed" its whole rate.
     */
    public static String format(Bandwidth rate, Bandwidth guaranteed) {
        return rate(rate.up()) + "/" + rate(rate.down()) + " 0/0 0/0 0/0 " + GUARANTEE_PRIORITY + " "
                + rate(guaranteed.up()) + "/" + rate(guaranteed.down());
    }

    /** One rate: {@code M} or {@code k} when the value is an exact multiple, else bit/s. */
    static String rate(long bps) {
        if (bps != 0 && bps % 1_000_000 == 0) {
            return bps / 1_000_000 + "M";
        }
        if (bps != 0 && bps % 1_000 == 0) {
            return bps / 1_000 + "k";
        }
        return Long.toString(bps);
    }
}
