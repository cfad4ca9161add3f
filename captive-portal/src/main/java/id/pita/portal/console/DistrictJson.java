package id.pita.portal.console;

import id.pita.core.calendar.DayHours;
import id.pita.core.calendar.WorkCalendar;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Boost;
import id.pita.core.district.CitizenPlan;
import id.pita.core.district.District;
import id.pita.core.district.Gateway;
import id.pita.core.district.Pool;
import id.pita.core.district.RegimePolicy;
import id.pita.core.district.Site;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.DayOfWeek;

/**
 * JSON views of the model for the API and the audit log. Secrets of gateways are never included. Rates are
 * bit/s, as in the model.
 */
public final class DistrictJson {
    private DistrictJson() {
    }

    public static JsonObject bandwidth(Bandwidth b) {
        return new JsonObject().put("down", b.down()).put("up", b.up());
    }

    public static JsonObject pool(Pool p) {
        return new JsonObject().put("capacity", bandwidth(p.capacity())).put("monthlyCostIdr", p.monthlyCostIdr());
    }

    public static JsonObject site(Site s) {
        return new JsonObject().put("code", s.code()).put("name", s.name()).put("kind", s.kind().name())
                .put("area", s.area()).put("guarantee", bandwidth(s.guarantee())).put("ceiling", bandwidth(s.ceiling()))
                .put("weight", s.weight()).put("alwaysOn", s.alwaysOn()).put("passwordSet", s.hasPassword())
                .put("voucherRequired", s.voucherRequired());
    }

    public static JsonObject gateway(Gateway g) {
        return new JsonObject().put("id", g.id()).put("siteCode", g.siteCode()).put("address", g.address())
                .put("vendor", g.vendor().name()).put("coaPort", g.coaPort())
                .put("messageAuthenticator", g.messageAuthenticator().name()).put("coaFallback", g.coaFallback())
                .put("loginAddresses", String.join(" ", g.loginAddresses()));
    }

    /** A gateway's last activity; times ISO-8601 UTC or null when never seen. */
    public static JsonObject gatewayActivity(Gateway g, id.pita.core.session.GatewayActivity a,
                                             java.time.Instant now, java.time.Duration grace) {
        return new JsonObject().put("id", g.id()).put("siteCode", g.siteCode()).put("vendor", g.vendor().name())
                .put("lastAccessRequest", a.lastAccessRequest().map(Object::toString).orElse(null))
                .put("lastAccounting", a.lastAccounting().map(Object::toString).orElse(null))
                .put("lastCoaAck", a.lastCoaAck().map(Object::toString).orElse(null))
                .put("authenticatesWithoutAccounting", a.authenticatesWithoutAccounting(now, grace))
                .put("unsignedRequests", a.unsignedRequests());
    }

    public static JsonObject policy(RegimePolicy p) {
        return new JsonObject().put("regime", p.regime().name())
                .put("office", new JsonObject().put("guaranteed", p.office().guaranteed())
                        .put("ceiling", p.office().ceiling()).put("weight", p.office().weight()))
                .put("hotspot", new JsonObject().put("guaranteed", p.hotspot().guaranteed())
                        .put("ceiling", p.hotspot().ceiling()).put("weight", p.hotspot().weight()))
                .put("hotspotsOpen", p.hotspotsOpen());
    }

    public static JsonObject plan(CitizenPlan p) {
        return new JsonObject().put("deviceCap", bandwidth(p.deviceCap())).put("dailyDataBytes", p.dailyDataBytes())
                .put("dailyTimeSeconds", p.dailyTime().toSeconds()).put("sessionTimeoutSeconds", p.sessionTimeout()
                        .toSeconds())
                .put("idleTimeoutSeconds", p.idleTimeout().toSeconds())
                .put("interimIntervalSeconds", p.interimInterval().toSeconds())
                .put("devicesPerPerson", p.devicesPerPerson()).put("overQuota", p.overQuota().name())
                .put("throttleRate", bandwidth(p.throttleRate()));
    }

    public static JsonObject calendar(WorkCalendar c) {
        var week = new JsonObject();
        for (var d : DayOfWeek.values()) {
            week.put(d.name(), hours(c.regular().on(d)));
        }
        var ramadan = new JsonArray();
        c.ramadan().forEach(r -> ramadan.add(new JsonObject().put("first", r.first().toString())
                .put("last", r.last().toString()).put("monday", hours(r.hours().on(DayOfWeek.MONDAY)))
                .put("friday", hours(r.hours().on(DayOfWeek.FRIDAY)))));
        var holidays = new JsonArray();
        c.holidays().forEach(h -> holidays.add(new JsonObject().put("date", h.date().toString()).put("name", h.name())
                .put("kind", h.kind().name())));
        var exceptions = new JsonArray();
        c.exceptions().forEach(e -> exceptions.add(new JsonObject().put("date", e.date().toString())
                .put("reason", e.reason()).put("hours", hours(e.hours()))));
        return new JsonObject().put("regular", week).put("ramadan", ramadan).put("holidays", holidays)
                .put("exceptions", exceptions);
    }

    public static JsonObject hours(DayHours h) {
        return h.span().map(s -> new JsonObject().put("start", s.start().toString()).put("end", s.end().toString()))
                .orElse(new JsonObject().put("off", true));
    }

    public static JsonObject boost(Boost b) {
        return new JsonObject().put("id", b.id()).put("siteCode", b.siteCode()).put("extra", bandwidth(b.extra()))
                .put("from", b.from().toString()).put("until", b.until().toString()).put("reason", b.reason())
                .put("state", b.state().name()).put("requestedBy", b.requestedBy()).put("decidedBy", b.decidedBy());
    }

    public static JsonObject voucher(Voucher v) {
        return new JsonObject().put("code", v.code()).put("createdAt", v.createdAt().toString())
                .put("expiresAt", v.expiresAt().toString()).put("createdBy", v.createdBy()).put("used", v.used())
                .put("note", v.note());
    }

    public static JsonObject district(District d) {
        var sites = new JsonArray();
        d.sites().forEach(s -> sites.add(site(s)));
        var gateways = new JsonArray();
        d.gateways().forEach(g -> gateways.add(gateway(g)));
        var policies = new JsonObject();
        d.policies().forEach((r, p) -> policies.put(r.name(), policy(p)));
        return new JsonObject().put("code", d.code()).put("name", d.name()).put("zone", d.zone().getId())
                .put("pool", pool(d.pool())).put("sites", sites).put("gateways", gateways)
                .put("calendar", calendar(d.calendar())).put("policies", policies).put("citizenPlan",
                        plan(d.citizenPlan()));
    }
}
