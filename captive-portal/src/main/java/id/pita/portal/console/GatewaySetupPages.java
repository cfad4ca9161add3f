package id.pita.portal.console;

import id.pita.core.setup.ConfigFile;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * The configuration to paste on each gateway, secrets included, for admins only ({@code /console/gateway-setup}
 * lists the gateways; {@code /console/gateways/:id/setup} shows one's files; {@code .../setup/:file} downloads
 * one). Every view is written to the audit log, since it shows the gateway's secrets.
 */
final class GatewaySetupPages {
    static final String LIST = "/console/gateway-setup";
    private final Pages pages;

    GatewaySetupPages(Pages pages) {
        this.pages = pages;
    }

    void mount(Router r) {
        r.get(LIST).blockingHandler(ConsoleRoutes.safe(pages, this::list), false);
        r.get("/console/gateways/:id/setup").blockingHandler(ConsoleRoutes.safe(pages, this::page), false);
        r.get("/console/gateways/:id/setup/:file").blockingHandler(ConsoleRoutes.safe(pages, this::download), false);
    }

    private void list(RoutingContext ctx) {
        var actor = pages.actor(ctx);
        pages.service.requireAdmin(actor);
        var lang = Pages.lang(ctx);
        var sb = new StringBuilder("<section><table><tr><th>Gateway</th><th>").append(Html.esc(Text.t(lang, "sites")))
                .append("</th><th>Vendor</th><th></th></tr>");
        var d = pages.service.district(actor);
        for (var g : d.gateways()) {
            sb.append("<tr><td>").append(Html.esc(g.id())).append("</td><td>")
                    .append(Html.esc(d.site(g.siteCode()).map(s -> s.name()).orElse(g.siteCode()))).append("</td><td>")
                    .append(g.vendor()).append("</td><td><a href=\"/console/gateways/").append(Html.esc(g.id()))
                    .append("/setup\">").append(Html.esc(Text.t(lang, "gatewaySetup"))).append("</a></td></tr>");
        }
        pages.send(ctx, 200, "gatewaySetup", sb.append("</table></section>").toString(), "");
    }

    private List<ConfigFile> files(RoutingContext ctx) {
        var actor = pages.actor(ctx);
        pages.service.requireAdmin(actor);
        var id = ctx.pathParam("id");
        var files = pages.service.ops().gatewaySetup().apply(id);
        pages.service.audit(actor, "gateway.setup.view", "gateway:" + id, "", "");
        return files;
    }

    private void page(RoutingContext ctx) {
        var lang = Pages.lang(ctx);
        var id = ctx.pathParam("id");
        var sb = new StringBuilder("<p class=\"err\">").append(Html.esc(Text.t(lang, "secretsInside")))
                .append("</p>");
        for (var f : files(ctx)) {
            sb.append("<section><h2>").append(Html.esc(f.name())).append("</h2><p>")
                    .append(Html.esc("en".equals(lang) ? f.howToEn() : f.howToId())).append(" <a href=\"/console/gateways/")
                    .append(Html.esc(id)).append("/setup/").append(Html.esc(f.name())).append("\">")
                    .append(Html.esc(Text.t(lang, "download"))).append("</a></p><pre data-file=\"")
                    .append(Html.esc(f.name())).append("\" style=\"white-space:pre-wrap;overflow-x:auto\">")
                    .append(Html.esc(f.content())).append("</pre></section>");
        }
        pages.send(ctx, 200, "gatewaySetup", sb.toString(), "");
    }

    private void download(RoutingContext ctx) {
        var name = ctx.pathParam("file");
        var file = files(ctx).stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> ConsoleError.notFound("no file '" + name + "' for this gateway"));
        ctx.response().putHeader("Content-Type", "text/plain; charset=utf-8").putHeader("Cache-Control", "no-store")
                .putHeader("Content-Disposition", "attachment; filename=\"" + file.name() + "\"").end(file.content());
    }
}
