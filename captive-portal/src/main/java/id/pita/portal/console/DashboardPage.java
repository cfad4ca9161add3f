package id.pita.portal.console;

import id.pita.core.district.District;
import id.pita.core.format.LocalFormat;
import id.pita.portal.auth.WebAuth;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/**
 * The live dashboard. Works without JavaScript (a meta refresh every 60 s); with it, {@code /console/dashboard.js}
 * listens to {@code /console/live} (Server-Sent Events) and swaps the figures in place every few seconds. Both the
 * refresh ({@code ?refresh=auto}) and the stream are background requests: they do not count as activity for the
 * session's idle timeout, and the stream ends when the session does.
 */
final class DashboardPage {
    private final Pages pages;

    DashboardPage(Pages pages) {
        this.pages = pages;
    }

    void mount(Router r) {
        r.get("/console").blockingHandler(ConsoleRoutes.safe(pages, this::page), false);
        new LiveStream(pages).mount(r);
    }

    private void page(RoutingContext ctx) {
        var lang = Pages.lang(ctx);
        var actor = pages.actor(ctx);
        var d = pages.service.district(actor);
        var fmt = LocalFormat.of(lang, d.zone());
        var live = pages.service.ports().live().now();
        var fig = LiveFigures.of(d, pages.service.calendarOf(d), live, actor, pages.service.clock().instant(), fmt);
        var week = "7d".equals(ctx.request().getParam("range"));
        var sb = new StringBuilder();
        for (var notice : pages.service.ops().notices().get()) {
            sb.append(banner(notice, lang));
        }
        sb.append(banner(fig));
        sb.append("<section class=\"grid\">")
                .append(card(Text.t(lang, "regime"), span("regime", fig), span("regimeNote", fig)))
                .append(card(Text.t(lang, "nextSwitch"), span("next", fig), span("nextDetail", fig)))
                .append(card(Text.t(lang, "poolDown"), span("poolDown", fig), span("poolDownPct", fig) + " "
                        + Html.esc(Text.t(lang, "ofPool")) + " " + Html.esc(fmt.rate(d.pool().capacity().down()))
                        + bar("poolDown", fig, 0, 0)))
                .append(card(Text.t(lang, "poolUp"), span("poolUp", fig), span("poolUpPct", fig) + " "
                        + Html.esc(Text.t(lang, "ofPool")) + " " + Html.esc(fmt.rate(d.pool().capacity().up()))
                        + bar("poolUp", fig, 0, 0)))
                .append(fig.texts().containsKey("uplink") ? card(Text.t(lang, "uplink"), span("uplink", fig),
                        span("uplinkDetail", fig)) : "")
                .append("</section>");
        sb.append(classes(lang, fig)).append(sites(lang, d, live, actor, fig)).append(hotspots(lang, d, live, actor,
                fig)).append(gateways(lang, d, pages.service.ports().live(), actor,
                pages.service.clock().instant()));
        sb.append("<section><h2>").append(Html.esc(Text.t(lang, week ? "chartWeek" : "chart"))).append("</h2>")
                .append("<p class=\"noprint\"><a href=\"/console").append(week ? "" : "?range=7d").append("\">")
                .append(Html.esc(Text.t(lang, week ? "showDay" : "showWeek"))).append("</a></p>")
                .append(week ? Charts.week(pages.service, d, fmt) : Charts.last24(pages.service, d, fmt))
                .append("</section>");
        pages.send(ctx, 200, "dashboard", sb.toString(), "<noscript><meta http-equiv=\"refresh\" "
                + "content=\"60;url=/console?" + WebAuth.BACKGROUND_QUERY + "=auto\">"
                + "</noscript><script src=\"/console/dashboard.js\" defer></script>");
    }

    static String banner(LiveFigures fig) {
        var sb = new StringBuilder("<div id=\"warnings\" class=\"banner\" role=\"status\""
                + (fig.warnings().isEmpty() ? " hidden" : "") + ">");
        fig.warnings().forEach(w -> sb.append("<p>").append(Html.esc(w)).append("</p>"));
        return sb.append("</div>").toString();
    }

    private static String classes(String lang, LiveFigures fig) {
        var sb = new StringBuilder("<section><h2>" + Html.esc(Text.t(lang, "classes")) + "</h2><table><tr><th>"
                + Html.esc(Text.t(lang, "class")) + "</th><th>" + Html.esc(Text.t(lang, "useDown")) + "</th><th>"
                + Html.esc(Text.t(lang, "ofPool")) + "</th><th>" + Html.esc(Text.t(lang, "policyShare"))
                + "</th><th>" + Html.esc(Text.t(lang, "allocation")) + "</th></tr>");
        for (var k : new String[] {"office", "hotspot"}) {
            sb.append("<tr><td>").append(Html.esc(Text.t(lang, k.equals("office") ? "office" : "public")))
                    .append("</td><td>").append(span(k + ".use", fig)).append("</td><td>").append(span(k + ".usePct",
                            fig)).append(bar(k + ".use", fig, fig.width(k + ".guaranteed"), fig.width(k + ".ceiling")))
                    .append("</td><td>").append(span(k + ".share", fig)).append("</td><td>").append(span(k
                            + ".alloc", fig)).append("</td></tr>");
        }
        return sb.append("</table><p class=\"muted\">").append(Html.esc(Text.t(lang, "shareHelp")))
                .append("</p></section>").toString();
    }

    private static String sites(String lang, District d, LiveSnapshot live, id.pita.portal.auth.Actor actor,
                                LiveFigures fig) {
        var sb = new StringBuilder("<section><h2>" + Html.esc(Text.t(lang, "sitesLive")) + "</h2>"
                + "<p class=\"muted\">" + Html.esc(Text.t(lang, "sitesHelp")) + "</p><table><tr><th>"
                + Html.esc(Text.t(lang, "site")) + "</th><th>" + Html.esc(Text.t(lang, "useDown")) + "</th><th>"
                + Html.esc(Text.t(lang, "allocation")) + "</th><th class=\"wide\"></th></tr>");
        for (var s : live.sites()) {
            if (actor.canSee(s.siteCode())) {
                var k = "site." + s.siteCode();
                sb.append("<tr><td>").append(Html.esc(d.site(s.siteCode()).map(x -> x.name()).orElse(s.siteCode())))
                        .append("</td><td>").append(span(k + ".use", fig)).append("</td><td>")
                        .append(span(k + ".alloc", fig)).append("</td><td class=\"wide\">").append(pair(k, fig))
                        .append("</td></tr>");
            }
        }
        return sb.append("</table></section>").toString();
    }

    private static String hotspots(String lang, District d, LiveSnapshot live, id.pita.portal.auth.Actor actor,
                                   LiveFigures fig) {
        var sb = new StringBuilder("<section><h2>" + Html.esc(Text.t(lang, "sessions")) + "</h2><table><tr><th>"
                + Html.esc(Text.t(lang, "hotspot")) + "</th><th>" + Html.esc(Text.t(lang, "gateway")) + "</th><th>"
                + Html.esc(Text.t(lang, "state")) + "</th><th>" + Html.esc(Text.t(lang, "sessions")) + "</th></tr>");
        for (var h : live.hotspots()) {
            if (actor.canSee(h.siteCode())) {
                sb.append("<tr><td>").append(Html.esc(d.site(h.siteCode()).map(x -> x.name()).orElse(h.siteCode())))
                        .append("</td><td>").append(Html.esc(h.gatewayId())).append("</td><td>")
                        .append(span("gw." + h.gatewayId() + ".state", fig)).append("</td><td>")
                        .append(span("gw." + h.gatewayId() + ".sessions", fig)).append("</td></tr>");
            }
        }
        return sb.append("</table></section>").toString();
    }

    /** Gateway health: which gateways the district has and what the engine last saw of them. */
    private static String gateways(String lang, District d, LiveView live, id.pita.portal.auth.Actor actor,
                                   java.time.Instant now) {
        var sb = new StringBuilder("<section><h2>" + Html.esc(Text.t(lang, "gatewayHealth")) + "</h2><table><tr><th>"
                + Html.esc(Text.t(lang, "gateway")) + "</th><th>" + Html.esc(Text.t(lang, "site")) + "</th><th>"
                + Html.esc(Text.t(lang, "vendor")) + "</th><th>" + Html.esc(Text.t(lang, "lastSeen")) + "</th></tr>");
        var activity = new java.util.HashMap<String, id.pita.core.session.GatewayActivity>();
        live.gatewayActivity().forEach(a -> activity.put(a.gatewayId(), a));
        var fmt = LocalFormat.of(lang, d.zone());
        for (var g : d.gateways()) {
            if (actor.canSee(g.siteCode())) {
                var a = activity.getOrDefault(g.id(), id.pita.core.session.GatewayActivity.none(g.id()));
                var seen = GatewayActivityCell.lastSeen(a).map(t -> fmt.when(t, now)).orElse(Text.t(lang, "gwNever"));
                var faults = GatewayActivityCell.faults(lang, g, a, now, d.citizenPlan().interimInterval());
                sb.append("<tr data-gateway=\"").append(Html.esc(g.id())).append("\"><td>").append(Html.esc(g.id()))
                        .append("</td><td>").append(Html.esc(d.site(g.siteCode()).map(x -> x.name())
                                .orElse(g.siteCode()))).append("</td><td>").append(Html.esc(vendor(g.vendor().name())))
                        .append("</td><td>").append(Html.esc(seen));
                if (!faults.isEmpty()) {
                    sb.append("<br><span class=\"err\">").append(Html.esc(faults)).append("</span>");
                }
                sb.append("</td></tr>");
            }
        }
        return sb.append("</table></section>").toString();
    }

    /** A notice as a banner at the top of a page (role=alert, so a screen reader announces it). */
    static String banner(Notice notice, String lang) {
        var link = notice.code().equals("calendar") ? " <a href=\"" + HolidayPages.PATH + "\">"
                + Html.esc(Text.t(lang, "nationalHolidays")) + "</a>" : "";
        return "<p class=\"err banner\" role=\"alert\" data-notice=\"" + Html.esc(notice.code()) + "\">"
                + Html.esc(notice.text(lang)) + link + "</p>";
    }

    private static String vendor(String name) {
        return switch (name) {
            case "MIKROTIK" -> "MikroTik";
            case "COOVACHILLI" -> "CoovaChilli";
            case "OPENNDS" -> "openNDS";
            default -> name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
        };
    }

    static String card(String title, String bigHtml, String smallHtml) {
        return "<div class=\"card\"><div class=\"muted\">" + Html.esc(title) + "</div><div class=\"big\">" + bigHtml
                + "</div><div class=\"muted\">" + smallHtml + "</div></div>";
    }

    /** A text the live stream may replace, by its key. */
    static String span(String key, LiveFigures fig) {
        return "<span data-live=\"" + Html.esc(key) + "\">" + Html.esc(fig.text(key)) + "</span>";
    }

    /** A bar of {@code key}'s width; with guarantee and ceiling marks when they are above zero. */
    static String bar(String key, LiveFigures fig, double guaranteed, double ceiling) {
        var sb = new StringBuilder("<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" "
                + "aria-hidden=\"true\"><rect width=\"100\" height=\"10\" fill=\"#e3e8ee\"/><rect data-w=\""
                + Html.esc(key) + "\" width=\"" + w(fig.width(key)) + "\" height=\"10\" fill=\""
                + TrafficChart.OFFICE_COLOUR + "\"/>");
        if (ceiling > 0) {
            sb.append(mark(guaranteed)).append(mark(ceiling));
        }
        return sb.append("</svg>").toString();
    }

    /** A site's allocation (light) with its use (dark) over it, both against the site's ceiling. */
    static String pair(String k, LiveFigures fig) {
        return "<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\">"
                + "<rect width=\"100\" height=\"10\" fill=\"#eef1f4\"/><rect data-w=\"" + Html.esc(k) + ".alloc\" "
                + "width=\"" + w(fig.width(k + ".alloc")) + "\" height=\"10\" fill=\"#9cc3d5\"/><rect data-w=\""
                + Html.esc(k) + ".use\" y=\"2\" width=\"" + w(fig.width(k + ".use")) + "\" height=\"6\" fill=\""
                + TrafficChart.OFFICE_COLOUR + "\"/></svg>";
    }

    private static String mark(double x) {
        return "<rect x=\"" + w(Math.max(0, Math.min(99.4, x - 0.3))) + "\" width=\"0.6\" height=\"10\" fill=\"#c00\"/>";
    }

    private static String w(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
