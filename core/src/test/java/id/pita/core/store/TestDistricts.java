package id.pita.core.store;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

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
import id.pita.core.district.MessageAuthenticatorPolicy;
import id.pita.core.district.Pool;
import id.pita.core.district.RegimePolicy;
import id.pita.core.district.Site;
import id.pita.core.district.SiteKind;
import id.pita.core.district.Vendor;

/** A two-site district (an office and a hotspot) for store tests. */
final class TestDistricts {
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private TestDistricts() {
    }

    static District small() {
        var day = DayHours.of(new TimeRange(LocalTime.of(7, 30), LocalTime.of(16, 0)),
                new TimeRange(LocalTime.of(12, 0), LocalTime.of(13, 0)));
        var week = new WeeklyHours(Map.of(DayOfWeek.MONDAY, day, DayOfWeek.FRIDAY, day));
        var sites = List.of(
                new Site("kantor", "Kantor Bupati", SiteKind.OFFICE, "Tanah Grogot", Bandwidth.mbps(10, 5),
                        Bandwidth.mbps(50, 25), 10, true, "sandi-kantor"),
                new Site("taman", "Taman Kota", SiteKind.HOTSPOT, "", Bandwidth.mbps(5, 1), Bandwidth.mbps(20, 5), 5,
                        false));
        var gateways = List.of(
                new Gateway("gw-kantor", "kantor", "192.0.2.1", "demo-1", Vendor.MIKROTIK, 3799,
                        MessageAuthenticatorPolicy.REQUIRE, ""),
                new Gateway("gw-taman", "taman", "192.0.2.2", "demo-2", Vendor.COOVACHILLI, 3799,
                        MessageAuthenticatorPolicy.AUTO, "uam-demo"));
        var policies = Map.of(
                Regime.OFFICE_HOURS, new RegimePolicy(Regime.OFFICE_HOURS, new ClassShare(0.7, 1.0, 3),
                        new ClassShare(0.1, 0.3, 1), true),
                Regime.AFTER_HOURS, new RegimePolicy(Regime.AFTER_HOURS, new ClassShare(0.1, 1.0, 1),
                        new ClassShare(0.6, 1.0, 3), true));
        var plan = new CitizenPlan(Bandwidth.mbps(5, 1), 1_000_000_000L, Duration.ofHours(4), Duration.ofHours(2),
                Duration.ofMinutes(10), Duration.ofMinutes(5), 1);
        return new District("kecil", "Kabupaten Kecil", WITA, new Pool(Bandwidth.mbps(100, 100), 10_000_000),
                sites, gateways, new WorkCalendar(week, List.of(), List.of(), List.of()), policies, plan);
    }
}
