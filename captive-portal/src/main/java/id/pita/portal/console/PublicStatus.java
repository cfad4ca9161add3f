package id.pita.portal.console;

import id.pita.core.calendar.RegimeCalendar;
import id.pita.core.calendar.ZoneLabels;
import id.pita.core.district.District;
import id.pita.engine.access.HotspotHours;
import id.pita.engine.access.RegimeSource;
import id.pita.portal.report.UsageReports;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The public transparency view (SPBE): which hotspots are open now and their hours today in the district's zone,
 * the next switch between office and public use, what of today's and this month's paid capacity was released to
 * the public, and sessions per hotspot today. Open data: raw numbers (bytes, fractions, ISO-8601 instants), no
 * secrets, no persons. The page formats the same object.
 */
public final class PublicStatus {
    /** Bytes a 1 Mbit/s link carries in an hour: 10^6 / 8 x 3600. */
    static final double BYTES_PER_MBPS_HOUR = 450_000_000.0;

    private PublicStatus() {
    }

    public static JsonObject json(ConsoleService service) {
        var d = service.ports().district().load();
        var now = service.clock().instant();
        var live = service.ports().live().now();
        var calendar = new RegimeCalendar(d.calendar(), d.zone());
        RegimeSource regimes = calendar::at;
        var today = now.atZone(d.zone()).toLocalDate();
        var midnight = today.atStartOfDay(d.zone()).toInstant();
        var started = service.ports().usage().sessionsStarted(midnight, now);
        boolean open = HotspotHours.openAt(d, regimes.at(now));
        var change = open ? HotspotHours.nextClosing(regimes, d, now) : HotspotHours.nextOpening(regimes, d, now);
        var spans = openSpans(regimes, d, today);
        var hotspots = new JsonArray();
        for (var h : live.hotspots()) {
            var site = d.site(h.siteCode());
            if (site.isPresent() && site.get().isHotspot()) {
                hotspots.add(new JsonObject().put("code", site.get().code()).put("site", site.get().name())
                        .put("area", site.get().area()).put("open", h.open())
                        .put("changesAt", change.map(Instant::toString).orElse(null))
                        .put("hoursToday", spans.copy()).put("sessionsNow", h.sessions())
                        .put("sessionsToday", started.getOrDefault(site.get().code(), 0L)));
            }
        }
        var state = live.regime();
        var next = state.nextBoundary().map(b -> new JsonObject().put("at", b.toString())
                .put("regime", calendar.at(b).regime().name())
                .put("hotspotsOpen", d.policy(calendar.at(b).regime()).hotspotsOpen())).orElse(null);
        var month = YearMonth.from(today);
        return new JsonObject().put("district", d.name()).put("zone", d.zone().getId())
                .put("zoneLabel", ZoneLabels.indonesian(d.zone().getRules().getOffset(now)).orElse(d.zone().getId()))
                .put("generatedAt", now.toString()).put("regime", state.regime().name()).put("nextSwitch", next)
                .put("poolDownBps", d.pool().capacity().down()).put("hotspots", hotspots)
                .put("today", period(service, d, today.toString(), midnight, now))
                .put("month", period(service, d, month.toString(), month.atDay(1).atStartOfDay(d.zone()).toInstant(),
                        now));
    }

    /** The local times of {@code date} when the hotspots are open, as {@code [{"from":"16:00","to":"24:00"}]}. */
    static JsonArray openSpans(RegimeSource regimes, District d, LocalDate date) {
        var start = date.atStartOfDay(d.zone()).toInstant();
        var end = date.plusDays(1).atStartOfDay(d.zone()).toInstant();
        var spans = new JsonArray();
        var t = start;
        for (int i = 0; i < 48 && t.isBefore(end); i++) {
            var state = regimes.at(t);
            var until = state.nextBoundary().filter(b -> b.isBefore(end)).orElse(end);
            if (HotspotHours.openAt(d, state)) {
                var from = t.atZone(d.zone()).toLocalTime().toString();
                var to = until.equals(end) ? "24:00" : until.atZone(d.zone()).toLocalTime().toString();
                if (!spans.isEmpty() && spans.getJsonObject(spans.size() - 1).getString("to").equals(from)) {
                    spans.getJsonObject(spans.size() - 1).put("to", to);
                } else {
                    spans.add(new JsonObject().put("from", from).put("to", to));
                }
            }
            t = until;
        }
        return spans;
    }

    /**
     * One period up to now: bytes moved by offices and the public, and the download capacity released to the
     * public in the after-hours hours completed so far (capacity less the offices' use), in bytes and as a share
     * of the pool's download capacity over the same completed hours.
     */
    private static JsonObject period(ConsoleService service, District d, String label, Instant from, Instant now) {
        var reports = new UsageReports(d.pool(), d.zone(), t -> service.ports().regimeAt().apply(t));
        var rows = service.ports().usage().hours(from, now);
        var used = reports.line(label, rows, from, now);
        var completed = now.truncatedTo(ChronoUnit.HOURS);
        var released = reports.released(rows, from, completed.isBefore(from) ? from : completed);
        long hours = Math.max(0, Duration.between(from, completed).toHours());
        double capacityBytes = d.pool().capacity().down() / 1e6 * BYTES_PER_MBPS_HOUR * hours;
        double releasedBytes = released.mbpsHours() * BYTES_PER_MBPS_HOUR;
        long office = used.officeDown() + used.officeUp();
        long pub = used.hotspotDown() + used.hotspotUp();
        return new JsonObject().put("period", label).put("from", from.toString()).put("to", now.toString())
                .put("officeBytes", office).put("publicBytes", pub)
                .put("publicShareOfTraffic", office + pub == 0 ? 0.0 : (double) pub / (office + pub))
                .put("releasedBytes", Math.round(releasedBytes)).put("releasedHours", released.hours())
                .put("capacityBytes", Math.round(capacityBytes))
                .put("releasedShareOfCapacity", capacityBytes == 0 ? 0.0 : releasedBytes / capacityBytes);
    }

    /** The open data as CSV (RFC 4180, CRLF): one row per hotspot, then the two periods; units in the header. */
    public static String csv(JsonObject s) {
        var sb = new StringBuilder("record,code,name,area,open,sessions_now,sessions_today,period,office_bytes,"
                + "public_bytes,public_share_of_traffic_ratio,released_bytes,released_share_of_capacity_ratio,"
                + "generated_at\r\n");
        for (var o : s.getJsonArray("hotspots")) {
            var h = (JsonObject) o;
            sb.append("hotspot,").append(id.pita.portal.report.ReportCsv.field(h.getString("code"))).append(',')
                    .append(id.pita.portal.report.ReportCsv.field(h.getString("site"))).append(',')
                    .append(id.pita.portal.report.ReportCsv.field(h.getString("area"))).append(',')
                    .append(h.getBoolean("open")).append(',').append(h.getInteger("sessionsNow")).append(',')
                    .append(h.getLong("sessionsToday")).append(",,,,,,,").append(s.getString("generatedAt"))
                    .append("\r\n");
        }
        for (var key : new String[] {"today", "month"}) {
            var p = s.getJsonObject(key);
            sb.append(key).append(",,,,,,,").append(p.getString("period")).append(',').append(p.getLong("officeBytes"))
                    .append(',').append(p.getLong("publicBytes")).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.4f", p.getDouble("publicShareOfTraffic")))
                    .append(',').append(p.getLong("releasedBytes")).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.4f", p.getDouble("releasedShareOfCapacity")))
                    .append(',').append(s.getString("generatedAt")).append("\r\n");
        }
        return sb.toString();
    }
}
