package id.pita.portal.api;

import id.pita.portal.auth.Actor;
import id.pita.portal.console.DistrictJson;
import id.pita.portal.console.LiveSnapshot;
import id.pita.portal.report.MonthlyReport;
import id.pita.portal.report.UtilisationLine;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** JSON of the live snapshot (scoped to what the actor may see) and of reports. */
final class LiveJson {
    private LiveJson() {
    }

    static JsonObject of(LiveSnapshot s, Actor a) {
        var sites = new JsonArray();
        s.sites().stream().filter(x -> a.canSee(x.siteCode())).forEach(x -> sites.add(new JsonObject()
                .put("siteCode", x.siteCode()).put("allocation", DistrictJson.bandwidth(x.allocation()))
                .put("use", DistrictJson.bandwidth(x.use()))));
        var hotspots = new JsonArray();
        s.hotspots().stream().filter(x -> a.canSee(x.siteCode())).forEach(x -> hotspots.add(new JsonObject()
                .put("gatewayId", x.gatewayId()).put("siteCode", x.siteCode()).put("open", x.open())
                .put("sessions", x.sessions())));
        return new JsonObject().put("regime", s.regime().regime().name()).put("note", s.regime().note())
                .put("nextSwitch", s.regime().nextBoundary().map(Object::toString).orElse(null))
                .put("office", new JsonObject().put("allocation", DistrictJson.bandwidth(s.officeAllocation()))
                        .put("use", DistrictJson.bandwidth(s.officeUse())))
                .put("hotspot", new JsonObject().put("allocation", DistrictJson.bandwidth(s.hotspotAllocation()))
                        .put("use", DistrictJson.bandwidth(s.hotspotUse())))
                .put("sites", sites).put("hotspots", hotspots);
    }

    static JsonObject line(UtilisationLine l) {
        return new JsonObject().put("period", l.label()).put("seconds", l.seconds())
                .put("officeDownBytes", l.officeDown()).put("officeUpBytes", l.officeUp())
                .put("hotspotDownBytes", l.hotspotDown()).put("hotspotUpBytes", l.hotspotUp())
                .put("officeDownUtilisation", l.officeDownUtil()).put("hotspotDownUtilisation", l.hotspotDownUtil())
                .put("downUtilisation", l.downUtil()).put("upUtilisation", l.upUtil());
    }

    static JsonObject report(MonthlyReport r) {
        var days = new JsonArray();
        r.days().forEach(d -> days.add(line(d)));
        return new JsonObject().put("district", r.district()).put("month", r.month().toString()).put("days", days)
                .put("total", line(r.total()))
                .put("released", new JsonObject().put("publicGb", r.released().publicGb())
                        .put("mbpsHours", r.released().mbpsHours()).put("hours", r.released().hours()))
                .put("monthlyCostIdr", r.monthlyCostIdr()).put("costPerGbIdr", r.costPerGbIdr())
                .put("elapsedSeconds", r.elapsedSeconds()).put("monthSeconds", r.monthSeconds())
                .put("elapsedCostIdr", Math.round(r.elapsedCostIdr()));
    }
}
