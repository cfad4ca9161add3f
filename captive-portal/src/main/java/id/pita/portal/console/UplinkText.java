package id.pita.portal.console;

import id.pita.core.format.LocalFormat;
import id.pita.engine.uplink.UplinkStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * What people are told about the uplink, by the one formatter in the district's zone: on the public status page, in
 * the alert and on the dashboard. Whole Mbps, as a district's contract is written ("420 dari 1.000 Mbps").
 */
public final class UplinkText {
    private UplinkText() {
    }

    /**
     * "Kapasitas internet sedang turun: 420 dari 1.000 Mbps sejak pukul 10.05 WITA" while the measured link is below
     * contract; "Jaringan internet utama terputus sejak pukul 11.00 WITA; memakai jalur cadangan 100 Mbps" while it
     * is down; empty while it gives what was contracted or nothing measures it.
     *
     * @param backupMbps the backup link's download capacity, 0 for none
     */
    public static Optional<String> sentence(UplinkStatus s, long backupMbps, LocalFormat fmt, Instant now) {
        if (!s.degraded()) {
            return Optional.empty();
        }
        var since = fmt.when(s.since(), now);
        var sinceEn = since.startsWith("at ") ? since.substring(3) : since;
        var contracted = fmt.integer(mbps(s.contracted().down()));
        if (!s.mainUp()) {
            var backup = backupMbps > 0 ? fmt.pick("; memakai jalur cadangan " + fmt.integer(backupMbps) + " Mbps",
                    "; running on the " + fmt.integer(backupMbps) + " Mbps backup link") : "";
            return Optional.of(fmt.pick("Jaringan internet utama terputus sejak " + since + backup,
                    "The main internet link has been down since " + sinceEn + backup));
        }
        var effective = fmt.integer(mbps(s.effective().down()));
        return Optional.of(fmt.pick("Kapasitas internet sedang turun: " + effective + " dari " + contracted
                + " Mbps sejak " + since, "Internet capacity is reduced: " + effective + " of " + contracted
                + " Mbps since " + sinceEn));
    }

    /** The dashboard's figure: "420 / 1.000 Mbps" (effective / contracted), download. */
    public static String figure(UplinkStatus s, long backupMbps, LocalFormat fmt) {
        long effective = s.reading() == UplinkStatus.Reading.MEASURED && !s.mainUp() ? backupMbps
                : mbps(s.effective().down());
        return fmt.integer(effective) + " / " + fmt.integer(mbps(s.contracted().down())) + " Mbps";
    }

    /** The dashboard's line under it: how the figure was arrived at. */
    public static String reading(UplinkStatus s, LocalFormat fmt, Instant now) {
        return switch (s.reading()) {
            case NOT_MEASURED -> fmt.pick("tidak diukur: kontrak", "not measured: as contracted");
            case WAITING -> fmt.pick("menunggu jawaban SNMP pertama", "waiting for the first SNMP answer");
            case UNKNOWN -> fmt.pick("router tidak menjawab SNMP: kembali ke kontrak", "the router does not answer "
                    + "SNMP: back to the contract");
            case MEASURED -> !s.mainUp() ? fmt.pick("jalur utama putus: cadangan", "main link down: backup")
                    : fmt.pick("terukur, kontrak ", "measured, contract ") + fmt.integer(mbps(s.contracted().down()))
                    + " Mbps" + (s.degraded() ? fmt.pick(", sejak ", ", since ") + fmt.when(s.since(), now) : "");
        };
    }

    /** Whole Mbps, rounded. */
    public static long mbps(long bps) {
        return Math.round(bps / 1e6);
    }
}
