package id.pita.portal.console;

import static id.pita.portal.console.Pages.input;

import id.pita.core.district.BoostState;
import id.pita.portal.auth.Role;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.format.DateTimeFormatter;

/** Boost requests, decisions and revocations. */
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
                    .append("<div class=\"grid\">").append(input(st, "boost", "siteCode", Text.split(lang, "Lokasi / site"), site,
                            "text"))
                    .append(input(st, "boost", "extra.down", "Tambahan unduh (Mbps)", "10", "number"))
                    .append(input(st, "boost", "extra.up", "Tambahan unggah (Mbps)", "5", "number"))
                    .append(input(st, "boost", "from", Text.split(lang, "Dari / from"), "", "datetime-local"))
                    .append(input(st, "boost", "until", Text.split(lang, "Sampai / until"), "", "datetime-local"))
                    .append(input(st, "boost", "reason", "Alasan (mis. rapat daring)", "", "text"))
                    .append("</div><button>").append(Html.esc(Text.t(lang, "request")))
                            .append("</button></form></section>");
        }
        pages.send(ctx, ctx.response().getStatusCode(), "boosts", sb.toString(), "");
    }
}
