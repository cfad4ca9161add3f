package id.pita.portal.console;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.function.Supplier;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import id.pita.core.format.LocalFormat;

/**
 * Routes without login: the {@code /status} transparency page and {@code /health} for the public listener,
 * {@code /metrics} and {@code /health} for the admin listener (a load balancer or monitor may probe either).
 */
public final class StatusRoutes {
    private final ConsoleService service;
    private final Supplier<List<String>> faults;

    public StatusRoutes(ConsoleService service) {
        this(service, List::of);
    }

    /**
     * @param faults what keeps Pita from doing its whole job right now, one English sentence each (accounting
     *               not being stored, ...); {@code /health} says {@code DEGRADED} with them while any is present
     */
    public StatusRoutes(ConsoleService service, Supplier<List<String>> faults) {
        this.service = service;
        this.faults = faults;
    }

    /** {@code GET /status} (the SPBE transparency page) and {@code GET /health}. */
    public void mountPublic(Router r) {
        r.get("/status").blockingHandler(this::status, false);
        health(r, false);
    }

    /** {@code GET /metrics} (Prometheus text) and {@code GET /health}. */
    public void mountAdmin(Router r) {
        r.get("/metrics").blockingHandler(ctx -> ctx.response()
                .putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8").end(metrics()), false);
        health(r, true);
    }

    /**
     * 200 either way: Pita still answers authentication while degraded, so a load balancer must not take it
     * out; a monitor alerts on {@code status} (or on {@code pita_accounting_storing 0} in {@code /metrics}).
     */
    private void health(Router r, boolean admin) {
        r.get("/health").blockingHandler(ctx -> ctx.response()
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("Cache-Control", "no-store").end(health(admin).encode()), false);
    }

    /**
     * {@code UP} while Pita serves, {@code DEGRADED} with {@code faults} while accounting cannot be stored;
     * {@code warnings} lists what an operator must act on (an unsettled calendar, alerts firing): on the admin
     * listener each with its text in both languages, on the public one its code only.
     */
    private JsonObject health(boolean admin) {
        var warnings = new JsonArray();
        for (var n : service.ops().notices().get()) {
            var w = new JsonObject().put("code", n.code());
            if (admin) {
                w.put("message", n.textId()).put("messageEn", n.textEn());
            }
            warnings.add(w);
        }
        var now = faults.get();
        var body = new JsonObject().put("status", now.isEmpty() ? "UP" : "DEGRADED");
        if (!now.isEmpty()) {
            body.put("faults", new JsonArray(now));
        }
        return body.put("warnings", warnings);
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
        var sb = new StringBuilder();
        service.ports().live().now().measuredUplink().flatMap(u -> UplinkText.sentence(u,
                UplinkText.mbps(d.pool().backup().down()), fmt, now)).ifPresent(text -> sb.append(
                "<section><p id=\"uplink\" class=\"big\">").append(Html.esc(text)).append(".</p></section>"));
        sb.append(StatusPage.render(s, fmt, now)).append("<section><h2>")
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
