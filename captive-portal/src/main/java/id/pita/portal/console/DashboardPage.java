package id.pita.portal.console;

import id.pita.core.district.Bandwidth;
import id.pita.portal.report.UsageReports;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/** The live dashboard; refreshes itself every 30 s with a meta refresh (no script). */
final class DashboardPage {
    private final Pages pages;

    DashboardPage(Pages pages) {
        this.pages = pages;
    }

    void mount(Router r) {
        r.get("/console").blockingHandler(ConsoleRoutes.safe(pages, this::page), false);
    }

    private void page(RoutingContext ctx) {
        var lang = Pages.lang(ctx);
        var actor = pages.actor(ctx);
        var d = pages.service.district(actor);
        var live = pages.service.ports().live().now();
        var cap = d.pool().capacity();
        var zone = d.zone();
        var next = live.regime().nextBoundary().map(t -> t.atZone(zone).toLocalDateTime().toString().replace('T', ' '))
                .orElse("—");
        var use = live.officeUse().plus(live.hotspotUse());
        var sb = new StringBuilder();
        for (var notice : pages.service.ops().notices().get()) {
            sb.append(banner(notice, lang));
        }
        sb.append("<section class=\"grid\">")
                .append(card(Text.t(lang, "regime"), Text.t(lang, live.regime().regime().name()), live.regime().note()))
                .append(card(Text.t(lang, "nextSwitch"), next, zone.getId()))
                .append(card(Text.t(lang, "poolUse"), pct(use.down(), cap.down()), use + " / " + cap))
                .append(card(Text.t(lang, "office"), pct(live.officeUse().down(), cap.down()),
                        Text.t(lang, "allocation") + " " + live.officeAllocation()))
                .append(card(Text.t(lang, "public"), pct(live.hotspotUse().down(), cap.down()),
                        Text.t(lang, "allocation") + " " + live.hotspotAllocation()))
                .append("</section>");
        sb.append("<section><h2>").append(Html.esc(Text.t(lang, "chart"))).append("</h2>").append(chart(pages.service,
                d, pages.service.clock().instant().truncatedTo(ChronoUnit.HOURS)
                        .minus(Duration.ofHours(23)), 24, lang))
                .append("</section><section><h2>").append(Html.esc(Text.t(lang, "sites")))
                        .append("</h2><table><tr><th>")
                .append(Html.esc(Text.t(lang, "sites"))).append("</th><th>").append(Html.esc(Text.t(lang,
                        "allocation")))
                .append("</th><th>").append(Html.esc(Text.t(lang, "use"))).append("</th></tr>");
        for (var s : live.sites()) {
            if (actor.canSee(s.siteCode())) {
                var name = d.site(s.siteCode()).map(x -> x.name()).orElse(s.siteCode());
                sb.append("<tr><td>").append(Html.esc(name)).append("</td><td>").append(s.allocation())
                        .append("</td><td>")
                        .append(s.use()).append("</td></tr>");
            }
        }
        sb.append("</table></section><section><h2>").append(Html.esc(Text.t(lang, "sessions")))
                .append("</h2><table><tr><th>")
                .append(Html.esc(Text.t(lang, "gateways"))).append("</th><th>").append(Html.esc(Text.t(lang, "sites")))
                .append("</th><th>").append(Html.esc(Text.t(lang, "state"))).append("</th><th>")
                .append(Html.esc(Text.t(lang, "sessions"))).append("</th></tr>");
        for (var h : live.hotspots()) {
            if (actor.canSee(h.siteCode())) {
                sb.append("<tr><td>").append(Html.esc(h.gatewayId())).append("</td><td>")
                        .append(Html.esc(d.site(h.siteCode()).map(x -> x.name()).orElse(h.siteCode())))
                        .append("</td><td>").append(Html.esc(Text.t(lang, h.open() ? "open" : "closed")))
                                .append("</td><td>")
                        .append(h.sessions()).append("</td></tr>");
            }
        }
        pages.send(ctx, 200, "dashboard", sb.append("</table></section>").toString(),
                "<meta http-equiv=\"refresh\" content=\"30\">");
    }

    /** The SVG chart of {@code hours} hours of download traffic from {@code from}. */
    static String chart(ConsoleService service, id.pita.core.district.District d, java.time.Instant from, int hours,
                        String lang) {
        var to = from.plus(Duration.ofHours(hours));
        var rows = service.ports().usage().hours(from, to);
        var reports = new UsageReports(d.pool(), d.zone(), t -> service.ports().regimeAt().apply(t));
        var lines = new java.util.ArrayList<id.pita.portal.report.UtilisationLine>();
        for (var t = from; t.isBefore(to); t = t.plus(Duration.ofHours(1))) {
            lines.add(reports.line(String.format("%02d", t.atZone(d.zone()).getHour()), rows, t,
                    t.plus(Duration.ofHours(1))));
        }
        return TrafficChart.svg(lines, Text.t(lang, "office"), Text.t(lang, "public"), Text.t(lang, "capacity"));
    }

    /** A notice as a banner at the top of a page (role=alert, so a screen reader announces it). */
    static String banner(Notice notice, String lang) {
        var link = notice.code().equals("calendar") ? " <a href=\"" + HolidayPages.PATH + "\">"
                + Html.esc(Text.t(lang, "nationalHolidays")) + "</a>" : "";
        return "<p class=\"err banner\" role=\"alert\" data-notice=\"" + Html.esc(notice.code()) + "\">"
                + Html.esc(notice.text(lang)) + link + "</p>";
    }

    static String card(String title, String big, String small) {
        return "<div><div class=\"muted\">" + Html.esc(title) + "</div><div class=\"big\">" + Html.esc(big)
                + "</div><div class=\"muted\">" + Html.esc(small) + "</div></div>";
    }

    static String pct(long part, long whole) {
        return whole == 0 ? "—" : Math.round(100.0 * part / whole) + "%";
    }

    static Bandwidth zero() {
        return Bandwidth.ZERO;
    }
}
