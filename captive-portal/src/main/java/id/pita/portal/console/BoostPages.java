package id.pita.portal.console;

import static id.pita.portal.console.Pages.input;

import id.pita.core.district.BoostState;
import id.pita.portal.auth.Role;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.format.DateTimeFormatter;

/** Boost requests, decisions and revocations; vouchers. */
final class BoostPages {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Pages pages;

    BoostPages(Pages pages) {
        this.pages = pages;
    }

    void mount(Router r) {
        r.get("/console/boosts").blockingHandler(ConsoleRoutes.safe(pages, ctx -> boosts(ctx, null)), false);
        r.post("/console/boosts").blockingHandler(ctx -> pages.submit(ctx, "boost", "/console/boosts",
                f -> pages.service.requestBoost(pages.actor(ctx), f), this::boosts), false);
        for (var decision : new String[] {"approve", "reject"}) {
            r.post("/console/boosts/:id/" + decision).blockingHandler(ctx -> pages.submit(ctx, "decide",
                    "/console/boosts", f -> pages.service.decideBoost(pages.actor(ctx), new Fields(java.util.Map.of(
                            "id", ctx.pathParam("id"))).integer("id"), "approve".equals(decision)), this::boosts),
                    false);
        }
        r.get("/console/vouchers").blockingHandler(ConsoleRoutes.safe(pages, ctx -> vouchers(ctx, null, "")), false);
        r.post("/console/vouchers").blockingHandler(ctx -> {
            var made = new StringBuilder();
            pages.submit(ctx, "voucher", null, f -> pages.service.createVouchers(pages.actor(ctx), f)
                    .forEach(v -> made.append("<code>").append(Html.esc(v.code())).append("</code> ")),
                    (c, st) -> vouchers(c, st, ""));
            if (!ctx.response().ended()) {
                vouchers(ctx, null, "<p class=\"ok\">" + made + "</p>");
            }
        }, false);
        r.post("/console/boosts/:id/revoke").blockingHandler(ctx -> pages.submit(ctx, "decide", "/console/boosts",
                f -> pages.service.revokeBoost(pages.actor(ctx), new Fields(java.util.Map.of("id",
                        ctx.pathParam("id"))).integer("id")), this::boosts), false);
    }

    private void boosts(RoutingContext ctx, FormState st) {
        var lang = Pages.lang(ctx);
        var actor = pages.actor(ctx);
        var zone = pages.service.ports().district().load().zone();
        var sb = new StringBuilder("<section><table><tr><th>#</th><th>Lokasi</th><th>Tambahan</th><th>Dari</th>"
                + "<th>Sampai</th><th>Alasan</th><th>" + Html.esc(Text.t(lang, "state")) + "</th><th></th></tr>");
        for (var b : pages.service.boosts(actor)) {
            sb.append("<tr><td>").append(b.id()).append("</td><td>").append(Html.esc(b.siteCode())).append("</td><td>")
                    .append(b.extra()).append("</td><td>").append(LOCAL.format(b.from().atZone(zone)))
                            .append("</td><td>")
                    .append(LOCAL.format(b.until().atZone(zone))).append("</td><td>").append(Html.esc(b.reason()))
                    .append("</td><td>").append(b.state()).append(b.decidedBy().isEmpty() ? "" : " ("
                            + Html.esc(b.decidedBy()) + ")")
                    .append("</td><td>");
            boolean own = b.requestedBy().equals(actor.username()) && !pages.service.settings().singleAdmin();
            if (actor.isAdmin() && b.state() == BoostState.APPROVED) {
                sb.append("<form class=\"inline\" method=\"post\" action=\"/console/boosts/").append(b.id())
                        .append("/revoke\">").append(pages.csrf(ctx)).append("<button>")
                        .append(Html.esc(Text.t(lang, "revoke"))).append("</button></form> ");
            }
            if (actor.isAdmin() && b.state() == BoostState.REQUESTED) {
                for (var dec : own ? new String[] {"reject"} : new String[] {"approve", "reject"}) {
                    sb.append("<form class=\"inline\" method=\"post\" action=\"/console/boosts/").append(b.id())
                            .append('/')
                            .append(dec).append("\">").append(pages.csrf(ctx)).append("<button>")
                            .append(Html.esc(Text.t(lang, dec))).append("</button></form> ");
                }
            }
            sb.append("</td></tr>");
        }
        sb.append("</table></section>");
        if (actor.role() != Role.VIEWER) {
            var site = actor.siteCode() == null ? "" : actor.siteCode();
            sb.append("<section><h2>").append(Html.esc(Text.t(lang, "request"))).append("</h2>")
                    .append(Pages.error(lang, st, "boost")).append(Pages.error(lang, st, "decide"))
                    .append("<form method=\"post\" action=\"/console/boosts\">").append(pages.csrf(ctx))
                    .append("<div class=\"grid\">").append(input(st, "boost", "siteCode", "Lokasi / site", site,
                            "text"))
                    .append(input(st, "boost", "extra.down", "Tambahan unduh (Mbps)", "10", "number"))
                    .append(input(st, "boost", "extra.up", "Tambahan unggah (Mbps)", "5", "number"))
                    .append(input(st, "boost", "from", "Dari / from", "", "datetime-local"))
                    .append(input(st, "boost", "until", "Sampai / until", "", "datetime-local"))
                    .append(input(st, "boost", "reason", "Alasan (mis. rapat daring)", "", "text"))
                    .append("</div><button>").append(Html.esc(Text.t(lang, "request")))
                            .append("</button></form></section>");
        }
        pages.send(ctx, ctx.response().getStatusCode(), "boosts", sb.toString(), "");
    }

    private void vouchers(RoutingContext ctx, FormState st, String notice) {
        var lang = Pages.lang(ctx);
        var list = pages.service.vouchers(pages.actor(ctx));
        var form = !pages.actor(ctx).isAdmin() ? "" : Pages.error(lang, st, "voucher")
                + "<form method=\"post\" action=\"/console/vouchers\">" + pages.csrf(ctx) + "<div class=\"grid\">"
                + input(st, "voucher", "count", "Jumlah / count", "10", "number")
                + input(st, "voucher", "validDays", "Berlaku (hari) / valid days", "30", "number")
                + input(st, "voucher", "note", "Catatan / note", "", "text")
                + "</div><button>" + Html.esc(Text.t(lang, "add")) + "</button></form>";
        var sb = new StringBuilder(notice + "<section>" + form + "<table><tr><th>Kode</th>"
                + "<th>Berlaku sampai</th><th>Oleh</th><th>Dipakai</th><th>Catatan</th></tr>");
        for (var v : list) {
            sb.append("<tr><td><code>").append(Html.esc(v.code())).append("</code></td><td>").append(v.expiresAt())
                    .append("</td><td>").append(Html.esc(v.createdBy())).append("</td><td>")
                    .append(v.used() ? "✓" : "")
                    .append("</td><td>").append(Html.esc(v.note())).append("</td></tr>");
        }
        pages.send(ctx, ctx.response().getStatusCode(), "vouchers", sb.append("</table></section>").toString(), "");
    }
}
