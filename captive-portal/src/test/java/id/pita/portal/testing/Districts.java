package id.pita.portal.testing;

import id.pita.core.calendar.DayHours;
import id.pita.core.calendar.Regime;
import id.pita.core.calendar.TimeRange;
import id.pita.core.calendar.WeeklyHours;
import id.pita.core.calendar.WorkCalendar;
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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A small Paser-like district for console tests: two offices and two hotspots on a 100/40 Mbps pool. */
public final class Districts {
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private Districts() {
    }

    public static District paser() {
        var days = new EnumMap<DayOfWeek, DayHours>(DayOfWeek.class);
        for (var d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            days.put(d, DayHours.of(new TimeRange(LocalTime.of(8, 0), LocalTime.of(16, 0))));
        }
        var calendar = new WorkCalendar(new WeeklyHours(days), List.of(), List.of(), List.of());
        var sites = List.of(
                new Site("bappeda", "Bappeda", SiteKind.OFFICE, "Tanah Grogot", Bandwidth.mbps(10, 5),
                        Bandwidth.mbps(30, 10), 10, false),
                new Site("dinkes", "Dinas Kesehatan", SiteKind.OFFICE, "Tanah Grogot", Bandwidth.mbps(10, 5),
                        Bandwidth.mbps(30, 10), 10, false),
                new Site("taman-kota", "Taman Kota", SiteKind.HOTSPOT, "Tanah Grogot", Bandwidth.ZERO,
                        Bandwidth.mbps(50, 20), 1, false),
                new Site("pasar", "Pasar Induk", SiteKind.HOTSPOT, "Long Ikis", Bandwidth.ZERO, Bandwidth.mbps(50, 20),
                        1, false));
        var gateways = List.of(new Gateway("gw-taman", "taman-kota", "10.1.0.1", "s3cret-taman", Vendor.MIKROTIK, 3799,
                null, ""),
                new Gateway("gw-bappeda", "bappeda", "10.1.0.2", "s3cret-bappeda", Vendor.MIKROTIK, 3799, null, ""));
        var policies = Map.of(
                Regime.OFFICE_HOURS, new RegimePolicy(Regime.OFFICE_HOURS, new ClassShare(0.6, 1.0, 3),
                        new ClassShare(0.1, 0.4, 1), true),
                Regime.AFTER_HOURS, new RegimePolicy(Regime.AFTER_HOURS, new ClassShare(0.1, 0.3, 1),
                        new ClassShare(0.5, 1.0, 3), true));
        var plan = new CitizenPlan(Bandwidth.mbps(2, 1), 500_000_000L, Duration.ofHours(2), Duration.ofHours(1),
                Duration.ofMinutes(10), Duration.ofMinutes(5), 1);
        return new District("paser", "Kabupaten Paser", WITA, new Pool(Bandwidth.mbps(100, 40), 15_000_000L), sites,
                gateways, calendar, policies, plan);
    }

    /** Office hours Monday to Friday 08:00-16:00 WITA; the real calendar is the integrator's. */
    public static Regime regimeAt(Instant t) {
        var local = t.atZone(WITA);
        boolean weekday = local.getDayOfWeek().getValue() <= 5;
        return weekday && local.getHour() >= 8 && local.getHour() < 16 ? Regime.OFFICE_HOURS : Regime.AFTER_HOURS;
    }
}
