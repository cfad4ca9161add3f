package id.pita.portal.console;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/** Public routes without login: the {@code /status} transparency page, {@code /health} and {@code /metrics}. */
final class StatusRoutes {
    private final ConsoleService service;

    StatusRoutes(ConsoleService service) {
        this.service = service;
    }

    void mount(Router r) {
        r.get("/status").blockingHandler(this::status, false);
        r.get("/health").blockingHandler(ctx -> ctx.response().putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store").end(health().encode()), false);
        r.get("/metrics").blockingHandler(ctx -> ctx.response()
                .putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8").end(metrics()), false);
    }

    /**
     * {@code UP} while Pita serves; {@code warnings} lists what an operator must act on (an unsettled calendar,
     * alerts firing), each with its code and text in both languages.
     */
    private JsonObject health() {
        var warnings = new io.vertx.core.json.JsonArray();
        for (var n : service.ops().notices().get()) {
            warnings.add(new JsonObject().put("code", n.code()).put("message", n.textId()).put("messageEn", n.textEn()));
        }
        return new JsonObject().put("status", "UP").put("warnings", warnings);
    }

    private String metrics() {
        var live = service.ports().live().now();
        var sb = new StringBuilder("# HELP pita_class_use_bps Measured rate per class and direction.\n"
                + "# TYPE pita_class_use_bps gauge\n");
        sb.append("pita_class_use_bps{class=\"office\",direction=\"down\"} ").append(live.officeUse().down())
                .append('\n')
                .append("pita_class_use_bps{class=\"office\",direction=\"up\"} ").append(live.officeUse().up())
                        .append('\n')
                .append("pita_class_use_bps{class=\"hotspot\",direction=\"down\"} ").append(live.hotspotUse().down())
                        .append('\n')
                .append("pita_class_use_bps{class=\"hotspot\",direction=\"up\"} ").append(live.hotspotUse().up())
                        .append('\n')
                .append("# HELP pita_sessions_online Citizen sessions online.\n# TYPE pita_sessions_online gauge\n")
                .append("pita_sessions_online ").append(live.hotspots().stream().mapToInt(h -> h.sessions()).sum())
                        .append('\n');
        var extra = service.ports().metrics().get();
        if (extra != null && !extra.isEmpty()) {
            sb.append(extra.endsWith("\n") ? extra : extra + "\n");
        }
        return sb.toString();
    }

    private void status(RoutingContext ctx) {
        var lang = Pages.lang(ctx);
        var s = PublicStatus.json(service);
        var sb = new StringBuilder("<section><p>" + Html.esc(Text.t(lang, "regime")) + ": <b>" + Html.esc(Text.t(lang,
                s.getString("regime")))
                + "</b></p><table><tr><th>Hotspot</th><th>" + Html.esc(Text.t(lang, "area")) + "</th><th>"
                + Html.esc(Text.t(lang, "state")) + "</th></tr>");
        for (var o : s.getJsonArray("hotspots")) {
            var h = (JsonObject) o;
            sb.append("<tr><td>").append(Html.esc(h.getString("site"))).append("</td><td>")
                    .append(Html.esc(h.getString("area")))
                    .append("</td><td>").append(Html.esc(Text.t(lang, h.getBoolean("open") ? "open" : "closed")))
                    .append("</td></tr>");
        }
        var today = s.getJsonObject("today");
        sb.append("</table></section><section><h2>").append(Html.esc(Text.t(lang, "todayUse"))).append("</h2><p>")
                .append(Html.esc(Text.t(lang, "office"))).append(": ").append(gb(today.getDouble("officeGb")))
                        .append(" GB, ")
                .append(pct(today.getDouble("officeDownUtilisation"))).append("<br>").append(Html.esc(Text.t(lang,
                        "public")))
                .append(": ").append(gb(today.getDouble("publicGb"))).append(" GB, ")
                .append(pct(today.getDouble("publicDownUtilisation"))).append("</p>").append(todayChart(lang))
                        .append("</section>");
        var other = "en".equals(lang) ? "id" : "en";
        ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").putHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'").end(Html.page(lang, Text.t(lang, "status") + " — "
                + s.getString("district"), "<b>Pita</b><a href=\"?lang=" + other + "\">" + (other.equals("en")
                        ? "English"
                : "Bahasa Indonesia") + "</a>", sb.toString(), "<meta http-equiv=\"refresh\" content=\"60\">"));
    }

    private String todayChart(String lang) {
        var d = service.ports().district().load();
        var midnight = java.time.LocalDate.now(service.clock().withZone(d.zone())).atStartOfDay(d.zone()).toInstant();
        return DashboardPage.chart(service, d, midnight, 24, lang);
    }

    private static String gb(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }
}
