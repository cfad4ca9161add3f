package id.pita.portal.console;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;

/** The public transparency view: open hotspots now and today's use of the paid capacity. No secrets, no users. */
public final class PublicStatus {
    private PublicStatus() {
    }

    public static JsonObject json(ConsoleService service) {
        var d = service.ports().district().load();
        var live = service.ports().live().now();
        var hotspots = new JsonArray();
        for (var h : live.hotspots()) {
            var site = d.site(h.siteCode());
            if (site.isPresent() && site.get().isHotspot()) {
                hotspots.add(new JsonObject().put("site", site.get().name()).put("area", site.get().area())
                        .put("open", h.open()).put("sessions", h.sessions()));
            }
        }
        var today = LocalDate.now(service.clock().withZone(d.zone()));
        var from = today.atStartOfDay(d.zone()).toInstant();
        var now = service.clock().instant();
        var reports = new id.pita.portal.report.UsageReports(d.pool(), d.zone(), t -> service.ports().regimeAt()
                .apply(t));
        var line = reports.line(today.toString(), service.ports().usage().hours(from, now), from,
                from.plus(Duration.ofDays(1)));
        var elapsed = new id.pita.portal.report.UtilisationLine(line.label(), from, Math.max(1, Duration.between(from,
                now)
                .toSeconds()), line.officeDown(), line.officeUp(), line.hotspotDown(), line.hotspotUp(),
                line.capacityDownBps(), line.capacityUpBps());
        return new JsonObject().put("district", d.name()).put("regime", live.regime().regime().name())
                .put("nextSwitch", live.regime().nextBoundary().map(Object::toString).orElse(null))
                .put("hotspots", hotspots)
                .put("today", new JsonObject().put("date", today.toString())
                        .put("officeGb", elapsed.officeDown() / 1e9 + elapsed.officeUp() / 1e9)
                        .put("publicGb", elapsed.hotspotDown() / 1e9 + elapsed.hotspotUp() / 1e9)
                        .put("officeDownUtilisation", elapsed.officeDownUtil())
                        .put("publicDownUtilisation", elapsed.hotspotDownUtil()));
    }
}
