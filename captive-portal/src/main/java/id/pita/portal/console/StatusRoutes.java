package id.pita.portal.console;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import id.pita.core.format.LocalFormat;

/**
 * Routes without login: the {@code /status} transparency page and {@code /health} for the public listener,
 * {@code /metrics} and {@code /health} for the admin listener (a load balancer or monitor may probe either).
 */
public final class StatusRoutes {
    private final ConsoleService service;

    public StatusRoutes(ConsoleService service) {
        this.service = service;
    }

    /** {@code GET /status} (the SPBE transparency page) and {@code GET /health}. */
    public void mountPublic(Router r) {
        r.get("/status").blockingHandler(this::status, false);
        health(r);
    }

    /** {@code GET /metrics} (Prometheus text) and {@code GET /health}. */
    public void mountAdmin(Router r) {
        r.get("/metrics").blockingHandler(ctx -> ctx.response()
                .putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8").end(metrics()), false);
        health(r);
    }

    private static void health(Router r) {
        r.get("/health").handler(ctx -> ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
                .end(new JsonObject().put("status", "UP").encode()));
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
        var d = service.ports().district().load();
        var fmt = LocalFormat.of(lang, d.zone());
        var now = service.clock().instant();
        var sb = new StringBuilder(StatusPage.render(s, fmt, now)).append("<section><h2>")
                .append(Html.esc(Text.t(lang, "chartDay"))).append("</h2>").append(todayChart(lang))
                .append("</section>");
        var other = "en".equals(lang) ? "id" : "en";
        ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").putHeader("Content-Security-Policy",
                Html.STATUS_CSP).end(Html.page(lang, Text.t(lang, "status") + " — "
                + s.getString("district"), "<b>Pita</b><a href=\"?lang=" + other + "\">" + (other.equals("en")
                        ? "English"
                : "Bahasa Indonesia") + "</a>", sb.toString(), "<meta http-equiv=\"refresh\" content=\"60\">"));
    }

    private String todayChart(String lang) {
        var d = service.ports().district().load();
        var today = java.time.LocalDate.now(service.clock().withZone(d.zone()));
        return Charts.day(service, d, today, LocalFormat.of(lang, d.zone()));
    }
}
