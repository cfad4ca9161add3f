package id.pita.core.config;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import id.pita.core.calendar.DayHours;
import id.pita.core.calendar.Holiday;
import id.pita.core.calendar.Regime;
import id.pita.core.calendar.TimeRange;
import id.pita.core.calendar.WeeklyHours;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.ClassShare;
import id.pita.core.district.District;
import id.pita.core.district.GuaranteeTier;
import id.pita.core.district.Pool;
import id.pita.core.district.RegimePolicy;

/**
 * Writes a district as a district file that {@link DistrictFile} reads back to an equal district ({@code pita
 * export}). Everything is written explicitly: the week day by day, every holiday under {@code holidays.extra}
 * (the included lists are resolved), rates and durations in {@link Units}' grammar. Gateway secrets and office
 * passwords are included: the file is a full copy of the configuration, to be kept like the database.
 */
public final class DistrictWriter {
    private static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private DistrictWriter() {
    }

    public static String write(District d) {
        var root = new LinkedHashMap<String, Object>();
        root.put("code", d.code());
        root.put("name", d.name());
        root.put("zone", d.zone().getId());
        var pool = new LinkedHashMap<String, Object>();
        pool.put("capacity", bandwidth(d.pool().capacity()));
        pool.put("monthlyCostIdr", d.pool().monthlyCostIdr());
        if (d.pool().hasBackup()) {
            pool.put("backup", bandwidth(d.pool().backup()));
        }
        if (!d.pool().tiers().equals(Pool.DEFAULT_TIERS)) {
            pool.put("tiers", d.pool().tiers().stream().map(GuaranteeTier::key).toList());
        }
        root.put("pool", pool);
        root.put("calendar", calendar(d));
        var policies = new LinkedHashMap<String, Object>();
        policies.put("officeHours", policy(d.policies().get(Regime.OFFICE_HOURS)));
        policies.put("afterHours", policy(d.policies().get(Regime.AFTER_HOURS)));
        root.put("policies", policies);
        var p = d.citizenPlan();
        var plan = new LinkedHashMap<String, Object>();
        plan.put("deviceCap", bandwidth(p.deviceCap()));
        plan.put("dailyData", Long.toString(p.dailyDataBytes()));
        plan.put("dailyTime", Units.format(p.dailyTime()));
        plan.put("sessionTimeout", Units.format(p.sessionTimeout()));
        plan.put("idleTimeout", Units.format(p.idleTimeout()));
        plan.put("interimInterval", Units.format(p.interimInterval()));
        plan.put("devicesPerPerson", p.devicesPerPerson());
        root.put("citizenPlan", plan);
        var sites = new ArrayList<Object>();
        for (var s : d.sites()) {
            var m = new LinkedHashMap<String, Object>();
            m.put("code", s.code());
            m.put("name", s.name());
            m.put("kind", s.kind().name());
            m.put("area", s.area());
            m.put("guarantee", bandwidth(s.guarantee()));
            m.put("ceiling", bandwidth(s.ceiling()));
            m.put("weight", s.weight());
            m.put("alwaysOn", s.alwaysOn());
            if (s.hasPassword()) {
                m.put("password", s.password());
            }
            if (s.voucherRequired()) {
                m.put("voucherRequired", true);
            }
            sites.add(m);
        }
        root.put("sites", sites);
        var gateways = new ArrayList<Object>();
        for (var g : d.gateways()) {
            var m = new LinkedHashMap<String, Object>();
            m.put("id", g.id());
            m.put("site", g.siteCode());
            m.put("address", g.address());
            m.put("vendor", g.vendor().name());
            m.put("secret", g.secret());
            m.put("coaPort", g.coaPort());
            m.put("messageAuthenticator", g.messageAuthenticator().name());
            m.put("portalSecret", g.portalSecret());
            if (!g.loginAddresses().isEmpty()) {
                m.put("loginAddresses", new ArrayList<Object>(g.loginAddresses()));
            }
            gateways.add(m);
        }
        root.put("gateways", gateways);
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return "# District " + d.code() + " exported by pita export; pita import reads it back.\n"
                + "# It holds the gateways' secrets: keep it like the database (0600).\n"
                + new Yaml(options).dump(root);
    }

    private static Map<String, Object> calendar(District d) {
        var c = d.calendar();
        var m = new LinkedHashMap<String, Object>();
        m.put("week", week(c.regular()));
        var ramadan = new ArrayList<Object>();
        for (var r : c.ramadan()) {
            ramadan.add(map("first", r.first().toString(), "last", r.last().toString(), "week", week(r.hours())));
        }
        m.put("ramadan", ramadan);
        var holidays = new ArrayList<Object>();
        for (Holiday h : c.holidays()) {
            holidays.add(map("date", h.date().toString(), "name", h.name(), "kind", h.kind().name()));
        }
        m.put("holidays", map("extra", holidays));
        var exceptions = new ArrayList<Object>();
        for (var e : c.exceptions()) {
            exceptions.add(map("date", e.date().toString(), "reason", e.reason(), "hours", day(e.hours())));
        }
        m.put("exceptions", exceptions);
        return m;
    }

    private static Map<String, Object> week(WeeklyHours w) {
        var m = new LinkedHashMap<String, Object>();
        for (int i = 0; i < DAYS.length; i++) {
            m.put(DAYS[i], day(w.on(DayOfWeek.of(i + 1))));
        }
        return m;
    }

    private static Object day(DayHours h) {
        if (h.span().isEmpty()) {
            return "off";
        }
        var m = new LinkedHashMap<String, Object>();
        m.put("span", range(h.span().get()));
        if (!h.breaks().isEmpty()) {
            m.put("breaks", h.breaks().stream().map(DistrictWriter::range).toList());
        }
        return m;
    }

    private static String range(TimeRange r) {
        return r.start() + "-" + r.end();
    }

    private static Map<String, Object> policy(RegimePolicy p) {
        return map("office", share(p.office()), "hotspot", share(p.hotspot()), "hotspotsOpen", p.hotspotsOpen());
    }

    private static Map<String, Object> share(ClassShare s) {
        return map("guaranteed", s.guaranteed(), "ceiling", s.ceiling(), "weight", s.weight());
    }

    private static Map<String, Object> bandwidth(Bandwidth b) {
        return map("down", Units.formatRate(b.down()), "up", Units.formatRate(b.up()));
    }

    private static Map<String, Object> map(Object... pairs) {
        var m = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

}
