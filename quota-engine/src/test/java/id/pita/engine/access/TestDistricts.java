package id.pita.engine.access;

import id.pita.core.calendar.IndonesianCalendars;
import id.pita.core.calendar.Regime;
import id.pita.core.calendar.RegimeCalendar;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.CitizenPlan;
import id.pita.core.district.ClassShare;
import id.pita.core.district.District;
import id.pita.core.district.Gateway;
import id.pita.core.district.Pool;
import id.pita.core.district.RegimePolicy;
import id.pita.core.district.Site;
import id.pita.core.district.SiteKind;
import id.pita.core.district.Vendor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A small district for tests: two offices (one always-on hospital) and one park hotspot, each on its
 * own gateway, a 100 Mbps symmetric pool and the 2026 national calendar.
 */
public final class TestDistricts {
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    public static final ZoneId WIB = ZoneId.of("Asia/Pontianak");
    public static final Site KOMINFO = new Site("dinas-kominfo", "Dinas Kominfo", SiteKind.OFFICE, "Tanah Grogot",
            Bandwidth.mbps(10, 10), Bandwidth.mbps(50, 50), 10, false, "sandi-kominfo");
    public static final Site RSUD = new Site("rsud", "RSUD Panglima Sebaya", SiteKind.OFFICE, "Tanah Grogot",
            Bandwidth.mbps(20, 20), Bandwidth.mbps(50, 50), 10, true, "sandi-rsud");
    public static final Site TAMAN = new Site("taman-kota", "Taman Kota", SiteKind.HOTSPOT, "Tanah Grogot",
            Bandwidth.mbps(5, 5), Bandwidth.mbps(40, 40), 10, false);
    public static final Gateway GW_KOMINFO = gateway("gw-kominfo", KOMINFO, "10.0.0.1");
    public static final Gateway GW_RSUD = gateway("gw-rsud", RSUD, "10.0.0.2");
    public static final Gateway GW_TAMAN = gateway("gw-taman", TAMAN, "10.0.0.3");
    /** 4/2 Mbps per device, 500 MB and 3 h a day, 2 h sessions, 10 min idle, 5 min interim. */
    public static final CitizenPlan PLAN = new CitizenPlan(Bandwidth.mbps(4, 2), 500_000_000L, Duration.ofHours(3),
            Duration.ofHours(2), Duration.ofMinutes(10), Duration.ofMinutes(5), 1);

    private TestDistricts() {
    }

    /** Hotspots closed during office hours, open after hours. */
    public static District paser() {
        return district(WITA, false);
    }

    public static District district(ZoneId zone, boolean hotspotsOpenInOfficeHours) {
        var office = new RegimePolicy(Regime.OFFICE_HOURS, new ClassShare(0.8, 1.0, 4), new ClassShare(0.0, 0.2, 1),
                hotspotsOpenInOfficeHours);
        var after = new RegimePolicy(Regime.AFTER_HOURS, new ClassShare(0.2, 0.5, 1), new ClassShare(0.5, 1.0, 4),
                true);
        return new District("paser", "Kabupaten Paser", zone, new Pool(Bandwidth.mbps(100, 100), 30_000_000L),
                List.of(KOMINFO, RSUD, TAMAN), List.of(GW_KOMINFO, GW_RSUD, GW_TAMAN),
                IndonesianCalendars.standard2026(), Map.of(Regime.OFFICE_HOURS, office, Regime.AFTER_HOURS, after),
                PLAN);
    }

    public static RegimeSource regimes(District d) {
        var calendar = new RegimeCalendar(d.calendar(), d.zone());
        return RegimeSource.of(() -> calendar);
    }

    /** A local time on Monday 23 November 2026 (a working day) in {@code zone}. */
    public static Instant monday(String time, ZoneId zone) {
        return LocalDateTime.parse("2026-11-23T" + time).atZone(zone).toInstant();
    }

    private static Gateway gateway(String id, Site site, String address) {
        return new Gateway(id, site.code(), address, "s3cret-" + id, Vendor.MIKROTIK, 3799, null, null);
    }
}
