package id.pita.portal.console;

import id.pita.core.InvalidValueException;
import id.pita.core.calendar.DayException;
import id.pita.core.calendar.DayHours;
import id.pita.core.calendar.Holiday;
import id.pita.core.calendar.HolidayKind;
import id.pita.core.calendar.RamadanPeriod;
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
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Pure edits: a district and submitted fields in, a new (validated) district out. Rates are entered in
 * Mbps, shares as fractions 0-1. Errors are {@link InvalidValueException}s naming the submitted field.
 */
public final class DistrictEdits {
    private DistrictEdits() {
    }

    public static District withPool(District d, Fields f) {
        // The form edits capacity and cost; the backup link and the tier order are kept as the district file set them.
        var pool = new Pool(new Bandwidth(f.mbpsAsBps("capacity.down"), f.mbpsAsBps("capacity.up")),
                f.integer("monthlyCostIdr", 0L, 1_000_000_000_000_000L), d.pool().backup(), d.pool().tiers());
        return new District(d.code(), d.name(), d.zone(), pool, d.sites(), d.gateways(), d.calendar(), d.policies(),
                d.citizenPlan());
    }

    public static Site site(Fields f) {
        return new Site(f.text("code"), f.text("name"), f.choice("kind", SiteKind.class), f.optional("area"),
                new Bandwidth(f.mbpsAsBps("guarantee.down"), f.mbpsAsBps("guarantee.up")),
                new Bandwidth(f.mbpsAsBps("ceiling.down"), f.mbpsAsBps("ceiling.up")),
                f.integer("weight", 1, 1000), f.flag("alwaysOn"), "", f.flag("voucherRequired"));
    }

    public static District withSite(District d, Site site) {
        var sites = new ArrayList<>(d.sites());
        sites.removeIf(s -> s.code().equals(site.code()));
        sites.add(site);
        return sites(d, sites, d.gateways());
    }

    public static District withoutSite(District d, String code) {
        var sites = new ArrayList<>(d.sites());
        if (!sites.removeIf(s -> s.code().equals(code))) {
            throw ConsoleError.notFound("no site '" + code + "'");
        }
        if (d.gateways().stream().anyMatch(g -> g.siteCode().equals(code))) {
            throw new InvalidValueException("code", "site still has gateways; delete them first");
        }
        return sites(d, sites, d.gateways());
    }

    public static Gateway gateway(Fields f, String secret, String portalSecret) {
        var vendor = f.choice("vendor", Vendor.class);
        var ma = f.optional("messageAuthenticator").isEmpty() || f.optional("messageAuthenticator").equals("DEFAULT")
                ? MessageAuthenticatorPolicy.defaultFor(vendor)
                : f.choice("messageAuthenticator", MessageAuthenticatorPolicy.class);
        var coa = f.optional("coaPort").isEmpty() ? 3799 : f.integer("coaPort", 0, 65535);
        var logins = f.optional("loginAddresses").isEmpty() ? java.util.List.<String>of()
                : java.util.List.of(f.optional("loginAddresses").split("[\\s,]+"));
        return new Gateway(f.text("id"), f.text("siteCode"), f.text("address"), vendor == Vendor.OPENNDS ? "" : secret,
                vendor, coa, ma, vendor == Vendor.MIKROTIK || vendor == Vendor.GENERIC ? "" : portalSecret,
                coaFallback(f, vendor), logins);
    }

    /** {@code coaFallback}: {@code on}/{@code true}, {@code off}/{@code false}, or {@code auto} (the vendor's default). */
    static boolean coaFallback(Fields f, Vendor vendor) {
        var v = f.optional("coaFallback").trim().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            case "auto", "" -> Gateway.defaultCoaFallback(vendor);
            default -> throw new InvalidValueException("coaFallback", "must be auto, on or off (was '" + v + "')");
        };
    }

    public static District withGateway(District d, Gateway g) {
        if (d.gateway(g.id()).isPresent()) {
            throw new InvalidValueException("id", "gateway '" + g.id() + "' already exists");
        }
        var list = new ArrayList<>(d.gateways());
        list.add(g);
        return sites(d, d.sites(), list);
    }

    public static District withoutGateway(District d, String id) {
        var list = new ArrayList<>(d.gateways());
        if (!list.removeIf(g -> g.id().equals(id))) {
            throw ConsoleError.notFound("no gateway '" + id + "'");
        }
        return sites(d, d.sites(), list);
    }

    public static District withWeek(District d, Fields f) {
        var days = new EnumMap<DayOfWeek, DayHours>(DayOfWeek.class);
        for (var day : DayOfWeek.values()) {
            days.put(day, hours(f, day.name()));
        }
        var c = d.calendar();
        return calendar(d, new WorkCalendar(new WeeklyHours(days), c.ramadan(), c.holidays(), c.exceptions()));
    }

    public static District withHoliday(District d, Fields f) {
        var h = new Holiday(f.date("date"), f.text("name"), f.choice("kind", HolidayKind.class));
        return editCalendar(d, c -> new WorkCalendar(c.regular(), c.ramadan(), plus(c.holidays(), h), c.exceptions()));
    }

    /**
     * Replaces the holidays of every year the pasted list names with that list (the calendar's YAML format,
     * {@code - {date: 2027-01-01, name: "...", kind: NATIONAL}}); other years stay as they are.
     */
    public static District withHolidayYear(District d, Fields f) {
        var list = id.pita.core.calendar.HolidayYaml.read("list", new java.io.StringReader(f.text("list")));
        id.pita.core.Check.that(!list.isEmpty(), "list", "names no holidays");
        var years = list.stream().map(h -> h.date().getYear()).collect(java.util.stream.Collectors.toSet());
        return editCalendar(d, c -> {
            var kept = new ArrayList<>(c.holidays().stream().filter(h -> !years.contains(h.date().getYear())).toList());
            kept.addAll(list);
            kept.sort(java.util.Comparator.comparing(Holiday::date));
            return new WorkCalendar(c.regular(), c.ramadan(), kept, c.exceptions());
        });
    }

    public static District withException(District d, Fields f) {
        var e = new DayException(f.date("date"), f.text("reason"), hours(f, "hours"));
        return editCalendar(d, c -> new WorkCalendar(c.regular(), c.ramadan(), c.holidays(), plus(c.exceptions(), e)));
    }

    public static District withRamadan(District d, Fields f) {
        var days = new EnumMap<DayOfWeek, DayHours>(DayOfWeek.class);
        for (var day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            days.put(day, DayHours.of(new TimeRange(f.time("start"), f.time("end"))));
        }
        days.put(DayOfWeek.FRIDAY, DayHours.of(new TimeRange(f.time("start"), f.time("fridayEnd"))));
        var r = new RamadanPeriod(f.date("first"), f.date("last"), new WeeklyHours(days));
        return editCalendar(d, c -> new WorkCalendar(c.regular(), plus(c.ramadan(), r), c.holidays(), c.exceptions()));
    }

    /** Removes the holiday, exception or Ramadan period starting on {@code date}. */
    public static District withoutCalendarDate(District d, String kind, java.time.LocalDate date) {
        return editCalendar(d, c -> switch (kind) {
            case "holiday" -> new WorkCalendar(c.regular(), c.ramadan(),
                    c.holidays().stream().filter(h -> !h.date().equals(date)).toList(), c.exceptions());
            case "exception" -> new WorkCalendar(c.regular(), c.ramadan(), c.holidays(),
                    c.exceptions().stream().filter(e -> !e.date().equals(date)).toList());
            case "ramadan" -> new WorkCalendar(c.regular(),
                    c.ramadan().stream().filter(r -> !r.first().equals(date)).toList(), c.holidays(), c.exceptions());
            default -> throw ConsoleError.notFound("no calendar list '" + kind + "'");
        });
    }

    public static District withPolicy(District d, Regime regime, Fields f) {
        var p = new RegimePolicy(regime, share(f, "office"), share(f, "hotspot"), f.flag("hotspotsOpen"));
        var map = new HashMap<>(d.policies());
        map.put(regime, p);
        return new District(d.code(), d.name(), d.zone(), d.pool(), d.sites(), d.gateways(), d.calendar(), map,
                d.citizenPlan());
    }

    private static final java.util.Map<String, String> PLAN_FIELDS = java.util.Map.of("dailyDataBytes", "dailyDataMb",
            "dailyTime", "dailyTimeMinutes", "sessionTimeout", "sessionTimeoutMinutes", "idleTimeout",
            "idleTimeoutMinutes", "interimInterval", "interimIntervalSeconds");

    public static District withPlan(District d, Fields f) {
        try {
            return planned(d, f);
        } catch (InvalidValueException e) {
            var renamed = PLAN_FIELDS.get(e.field());
            throw renamed == null ? e : new InvalidValueException(renamed, e.getMessage().substring(e.field().length()
                    + 2));
        }
    }

    private static District planned(District d, Fields f) {
        // Every number is range-checked before any arithmetic: no field can overflow into another value.
        var plan = new CitizenPlan(new Bandwidth(f.mbpsAsBps("deviceCap.down"), f.mbpsAsBps("deviceCap.up")),
                f.integer("dailyDataMb", 0L, 1_000_000_000L) * 1_000_000,
                Duration.ofMinutes(f.integer("dailyTimeMinutes", 0, 24 * 60)),
                Duration.ofMinutes(f.integer("sessionTimeoutMinutes", 1, 366 * 24 * 60)),
                Duration.ofMinutes(f.integer("idleTimeoutMinutes", 1, 366 * 24 * 60)),
                Duration.ofSeconds(f.integer("interimIntervalSeconds", 60, 3600)),
                f.integer("devicesPerPerson", 1, 20),
                overQuota(f), f.optional("throttleRate.down").isEmpty() ? Bandwidth.ZERO
                        : new Bandwidth(f.mbpsAsBps("throttleRate.down"), f.mbpsAsBps("throttleRate.up")));
        return new District(d.code(), d.name(), d.zone(), d.pool(), d.sites(), d.gateways(), d.calendar(),
                d.policies(), plan);
    }

    /** {@code overQuota}: {@code DISCONNECT} (default) or {@code THROTTLE}, any case. */
    static id.pita.core.district.OverQuota overQuota(Fields f) {
        var v = f.optional("overQuota").toUpperCase(java.util.Locale.ROOT);
        if (v.isEmpty()) {
            return id.pita.core.district.OverQuota.DISCONNECT;
        }
        try {
            return id.pita.core.district.OverQuota.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("overQuota", "must be DISCONNECT or THROTTLE (was '" + v + "')");
        }
    }

    private static ClassShare share(Fields f, String prefix) {
        try {
            return new ClassShare(f.decimal(prefix + ".guaranteed"), f.decimal(prefix + ".ceiling"),
                    f.integer(prefix + ".weight", 1, 1000));
        } catch (InvalidValueException e) {
            throw e.field().startsWith(prefix + ".") ? e : e.within(prefix);
        }
    }

    /** Breaks a day may have on the form and in the API: {@code <prefix>.break1.start} ... {@code break2.end}. */
    static final int BREAK_SLOTS = 2;

    /**
     * A day's hours from {@code <prefix>.start}, {@code <prefix>.end} and up to {@link #BREAK_SLOTS} breaks
     * ({@code <prefix>.break1.start}, {@code <prefix>.break1.end}, ...); both span fields empty is a day off.
     */
    private static DayHours hours(Fields f, String prefix) {
        if (f.optional(prefix + ".start").isEmpty() && f.optional(prefix + ".end").isEmpty()) {
            return DayHours.OFF;
        }
        try {
            var breaks = new ArrayList<TimeRange>();
            for (int i = 1; i <= BREAK_SLOTS; i++) {
                var b = prefix + ".break" + i;
                if (!f.optional(b + ".start").isEmpty() || !f.optional(b + ".end").isEmpty()) {
                    breaks.add(new TimeRange(f.time(b + ".start"), f.time(b + ".end")));
                }
            }
            return new DayHours(java.util.Optional.of(new TimeRange(f.time(prefix + ".start"),
                    f.time(prefix + ".end"))), breaks);
        } catch (InvalidValueException e) {
            throw e.field().startsWith(prefix + ".") ? e : e.within(prefix);
        }
    }

    private static <T> List<T> plus(List<T> list, T item) {
        var copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static District editCalendar(District d, UnaryOperator<WorkCalendar> edit) {
        return calendar(d, edit.apply(d.calendar()));
    }

    private static District calendar(District d, WorkCalendar c) {
        return new District(d.code(), d.name(), d.zone(), d.pool(), d.sites(), d.gateways(), c, d.policies(),
                d.citizenPlan());
    }

    private static District sites(District d, List<Site> sites, List<Gateway> gateways) {
        return new District(d.code(), d.name(), d.zone(), d.pool(), sites, gateways, d.calendar(), d.policies(),
                d.citizenPlan());
    }
}
