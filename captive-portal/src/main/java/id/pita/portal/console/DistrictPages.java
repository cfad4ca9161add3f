package id.pita.portal.console;

import static id.pita.portal.console.Pages.input;
import static id.pita.portal.console.Pages.mbps;

import id.pita.core.calendar.Regime;
import id.pita.core.district.MessageAuthenticatorPolicy;
import id.pita.core.district.SiteKind;
import id.pita.core.district.Vendor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** Pages for the pool, regime policies, citizen plan, sites and gateways. */
final class DistrictPages {
    private final Pages pages;

    DistrictPages(Pages pages) {
        this.pages = pages;
    }

    void mount(Router r) {
        r.get("/console/district").blockingHandler(ConsoleRoutes.safe(pages, ctx -> district(ctx, null)), false);
        r.post("/console/pool").blockingHandler(ctx -> pages.submit(ctx, "pool", "/console/district",
                f -> pages.service.edit(pages.actor(ctx), "pool.update", "pool", d -> DistrictEdits.withPool(d, f)),
                this::district), false);
        r.post("/console/policies/:regime").blockingHandler(ctx -> {
            var regime = ConsoleService.regime(ctx.pathParam("regime"));
            pages.submit(ctx, "policy-" + regime, "/console/district", f -> pages.service.edit(pages.actor(ctx),
                    "policy.update", "policy:" + regime, d -> DistrictEdits.withPolicy(d, regime, f)), this::district);
        }, false);
        r.post("/console/plan").blockingHandler(ctx -> pages.submit(ctx, "plan", "/console/district",
                f -> pages.service.edit(pages.actor(ctx), "plan.update", "citizenPlan",
                        d -> DistrictEdits.withPlan(d, f)),
                this::district), false);
        r.get("/console/sites").blockingHandler(ConsoleRoutes.safe(pages, ctx -> sites(ctx, null, "")), false);
        r.post("/console/sites").blockingHandler(this::saveSite, false);
        r.post("/console/sites/:code/delete").blockingHandler(ctx -> pages.submit(ctx, "site-delete", "/console/sites",
                f -> pages.service.edit(pages.actor(ctx), "site.delete", "site:" + ctx.pathParam("code"),
                        d -> DistrictEdits.withoutSite(d, ctx.pathParam("code"))), (c, st) -> sites(c, st, "")), false);
        r.get("/console/gateways").blockingHandler(ConsoleRoutes.safe(pages, ctx -> gateways(ctx, null, "")), false);
        r.post("/console/gateways").blockingHandler(ctx -> addGateway(ctx), false);
        r.post("/console/gateways/:id/delete").blockingHandler(ctx -> pages.submit(ctx, "gw-delete",
                "/console/gateways", f -> pages.service.edit(pages.actor(ctx), "gateway.delete",
                        "gateway:" + ctx.pathParam("id"), d -> DistrictEdits.withoutGateway(d, ctx.pathParam("id"))),
                (c, st) -> gateways(c, st, "")), false);
    }

    private void district(RoutingContext ctx, FormState st) {
        var lang = Pages.lang(ctx);
        var d = pages.service.district(pages.actor(ctx));
        var p = d.pool();
        var sb = new StringBuilder("<section><h2>" + Html.esc(Text.t(lang, "pool")) + "</h2>"
                + Pages.error(lang, st, "pool")
                + "<form method=\"post\" action=\"/console/pool\">" + pages.csrf(ctx) + "<div class=\"grid\">"
                + input(st, "pool", "capacity.down", Text.split(lang, "Unduh / download (Mbps)"), mbps(p.capacity().down()), "number")
                + input(st, "pool", "capacity.up", Text.split(lang, "Unggah / upload (Mbps)"), mbps(p.capacity().up()), "number")
                + input(st, "pool", "monthlyCostIdr", Text.split(lang, "Biaya bulanan / monthly cost (Rp)"), p.monthlyCostIdr(), "number")
                + "</div><button>" + Html.esc(Text.t(lang, "save")) + "</button></form></section>");
        sb.append("<section><h2>").append(Html.esc(Text.t(lang, "policies"))).append("</h2>");
        for (var regime : Regime.values()) {
            var pol = d.policy(regime);
            var form = "policy-" + regime;
            sb.append("<h3>").append(Html.esc(Text.t(lang, regime.name()))).append("</h3>")
                    .append(Pages.error(lang, st, form))
                    .append("<form method=\"post\" action=\"/console/policies/").append(regime).append("\">")
                    .append(pages.csrf(ctx)).append("<div class=\"grid\">")
                    .append(input(st, form, "office.guaranteed", Text.split(lang, "Kantor dijamin / office guaranteed (0-1)"),
                            pol.office().guaranteed(), "number"))
                    .append(input(st, form, "office.ceiling", Text.split(lang, "Kantor maks / office ceiling (0-1)"), pol.office()
                            .ceiling(), "number"))
                    .append(input(st, form, "office.weight", Text.split(lang, "Kantor bobot / office weight"), pol.office().weight(),
                            "number"))
                    .append(input(st, form, "hotspot.guaranteed", Text.split(lang, "Publik dijamin / public guaranteed (0-1)"),
                            pol.hotspot().guaranteed(), "number"))
                    .append(input(st, form, "hotspot.ceiling", Text.split(lang, "Publik maks / public ceiling (0-1)"), pol.hotspot()
                            .ceiling(), "number"))
                    .append(input(st, form, "hotspot.weight", Text.split(lang, "Publik bobot / public weight"), pol.hotspot().weight(),
                            "number"))
                    .append(input(st, form, "hotspotsOpen", Text.split(lang, "Hotspot buka / hotspots open"), pol.hotspotsOpen(),
                            "checkbox"))
                    .append("</div><button>").append(Html.esc(Text.t(lang, "save"))).append("</button></form>");
        }
        sb.append("</section>").append(plan(ctx, st, lang, d.citizenPlan()));
        pages.send(ctx, ctx.response().getStatusCode(), "district", sb.toString(), "");
    }

    private String plan(RoutingContext ctx, FormState st, String lang, id.pita.core.district.CitizenPlan c) {
        return "<section><h2>" + Html.esc(Text.t(lang, "plan")) + "</h2>" + Pages.error(lang, st, "plan")
                + "<form method=\"post\" action=\"/console/plan\">" + pages.csrf(ctx) + "<div class=\"grid\">"
                + input(st, "plan", "deviceCap.down", "Batas perangkat unduh (Mbps)", mbps(c.deviceCap().down()),
                        "number")
                + input(st, "plan", "deviceCap.up", "Batas perangkat unggah (Mbps)", mbps(c.deviceCap().up()), "number")
                + input(st, "plan", "dailyDataMb", "Kuota harian (MB, 0 = tanpa batas)",
                        c.dailyDataBytes() / 1_000_000, "number")
                + input(st, "plan", "dailyTimeMinutes", "Waktu harian (menit)", c.dailyTime().toMinutes(), "number")
                + input(st, "plan", "sessionTimeoutMinutes", "Sesi maks (menit)", c.sessionTimeout().toMinutes(),
                        "number")
                + input(st, "plan", "idleTimeoutMinutes", "Batas diam (menit)", c.idleTimeout().toMinutes(), "number")
                + input(st, "plan", "interimIntervalSeconds", "Interim (detik)", c.interimInterval().toSeconds(),
                        "number")
                + input(st, "plan", "devicesPerPerson", "Perangkat per orang", c.devicesPerPerson(), "number")
                + Pages.select("overQuota", "Bila kuota habis (DISCONNECT = putus, THROTTLE = dibatasi)",
                        c.overQuota(), id.pita.core.district.OverQuota.values())
                + input(st, "plan", "throttleRate.down", "Kecepatan dibatasi unduh (Mbps)",
                        mbps(c.throttleRate().down()), "number")
                + input(st, "plan", "throttleRate.up", "Kecepatan dibatasi unggah (Mbps)",
                        mbps(c.throttleRate().up()), "number")
                + "</div><button>" + Html.esc(Text.t(lang, "save")) + "</button></form></section>";
    }

    /** Saves a site; an office password set by this save is shown once, above the table. */
    private void saveSite(RoutingContext ctx) {
        var holder = new String[] {""};
        pages.submit(ctx, "site", null, f -> {
            var saved = pages.service.saveSite(pages.actor(ctx), f, "site.save");
            holder[0] = saved.newPassword().map(p -> "<p class=\"ok\">" + Html.esc(Text.t(Pages.lang(ctx),
                    "secretOnce")) + "<br>" + Html.esc(Text.t(Pages.lang(ctx), "officePassword")) + " "
                    + Html.esc(saved.site().code()) + ": <code>" + Html.esc(p) + "</code></p>").orElse("");
        }, (c, st) -> sites(c, st, ""));
        if (!ctx.response().ended()) {
            if (holder[0].isEmpty()) {
                Pages.seeOther(ctx, "/console/sites");
            } else {
                sites(ctx, null, holder[0]);
            }
        }
    }

    private void sites(RoutingContext ctx, FormState st, String notice) {
        var lang = Pages.lang(ctx);
        var d = pages.service.district(pages.actor(ctx));
        var sb = new StringBuilder(notice + "<section><table><tr><th>Kode</th><th>Nama</th><th>Jenis</th>"
                + "<th>Wilayah</th><th>Jaminan</th><th>Maks</th><th>Bobot</th><th>"
                + Html.esc(Text.t(lang, "officePassword")) + "</th><th></th></tr>");
        for (var s : d.sites()) {
            sb.append("<tr><td>").append(Html.esc(s.code())).append("</td><td>").append(Html.esc(s.name()))
                    .append("</td><td>").append(s.kind()).append("</td><td>").append(Html.esc(s.area()))
                            .append("</td><td>")
                    .append(s.guarantee()).append("</td><td>").append(s.ceiling()).append("</td><td>")
                            .append(s.weight()).append("</td><td>")
                    .append(s.isHotspot() ? "" : Html.esc(Text.t(lang, s.hasPassword() ? "passwordSet" : "passwordNone")))
                    .append("</td><td><form class=\"inline\" method=\"post\" action=\"/console/sites/")
                    .append(Html.esc(s.code())).append("/delete\">").append(pages.csrf(ctx)).append("<button>")
                    .append(Html.esc(Text.t(lang, "delete"))).append("</button></form></td></tr>");
        }
        sb.append("</table></section><section><h2>").append(Html.esc(Text.t(lang, "add"))).append(" / ")
                .append(Html.esc(Text.t(lang, "save"))).append("</h2>").append(Pages.error(lang, st, "site"))
                .append(Pages.error(lang, st, "site-delete"))
                .append("<form method=\"post\" action=\"/console/sites\">").append(pages.csrf(ctx))
                        .append("<div class=\"grid\">")
                .append(input(st, "site", "code", Text.split(lang, "Kode / code"), "", "text"))
                .append(input(st, "site", "name", Text.split(lang, "Nama / name"), "", "text"))
                .append(Pages.select("kind", Text.split(lang, "Jenis / kind"), SiteKind.OFFICE, SiteKind.values()))
                .append(input(st, "site", "area", Text.split(lang, "Kecamatan / area"), "", "text"))
                .append(input(st, "site", "guarantee.down", "Jaminan unduh (Mbps)", "0", "number"))
                .append(input(st, "site", "guarantee.up", "Jaminan unggah (Mbps)", "0", "number"))
                .append(input(st, "site", "ceiling.down", "Maks unduh (Mbps)", "10", "number"))
                .append(input(st, "site", "ceiling.up", "Maks unggah (Mbps)", "5", "number"))
                .append(input(st, "site", "weight", Text.split(lang, "Bobot / weight (1-1000)"), "10", "number"))
                .append(input(st, "site", "alwaysOn", Text.split(lang, "Selalu aktif / always on"), false, "checkbox"))
                // Never pre-filled, not even after an error: a password is shown once, when set.
                .append(input(null, "site", "password", Text.t(lang, "officePasswordInput"), "", "password"))
                .append(input(st, "site", "newPassword", Text.t(lang, "officePasswordNew"), false, "checkbox"))
                .append("</div><button>").append(Html.esc(Text.t(lang, "save"))).append("</button></form></section>");
        pages.send(ctx, ctx.response().getStatusCode(), "sites", sb.toString(), "");
    }

    private void addGateway(RoutingContext ctx) {
        var holder = new String[] {""};
        pages.submit(ctx, "gateway", null, f -> {
            var g = pages.service.addGateway(pages.actor(ctx), f);
            holder[0] = "<p class=\"ok\">" + Html.esc(Text.t(Pages.lang(ctx), "secretOnce"))
                    + "<br>RADIUS secret: <code>"
                    + Html.esc(g.secret()) + "</code>" + (g.portalSecret().isEmpty() ? ""
                    : "<br>uamsecret / faskey: <code>" + Html.esc(g.portalSecret()) + "</code>") + "</p>";
        }, (c, st) -> gateways(c, st, ""));
        if (!ctx.response().ended()) {
            gateways(ctx, null, holder[0]);
        }
    }

    private void gateways(RoutingContext ctx, FormState st, String notice) {
        var lang = Pages.lang(ctx);
        var d = pages.service.district(pages.actor(ctx));
        var sb = new StringBuilder(notice + "<section><table><tr><th>ID</th><th>Lokasi</th><th>Alamat</th>"
                + "<th>Vendor</th><th>CoA</th><th>Message-Authenticator</th><th>"
                + Html.esc(Text.t(lang, "coaFallback")) + "</th><th>"
                + Html.esc(Text.t(lang, "gwActivity")) + "</th><th></th></tr>");
        var activity = new java.util.HashMap<String, id.pita.core.session.GatewayActivity>();
        pages.service.ports().live().gatewayActivity().forEach(a -> activity.put(a.gatewayId(), a));
        for (var g : d.gateways()) {
            sb.append("<tr><td>").append(Html.esc(g.id())).append("</td><td>").append(Html.esc(g.siteCode()))
                    .append("</td><td>").append(Html.esc(g.address())).append("</td><td>").append(g.vendor())
                    .append("</td><td>").append(g.coaPort()).append("</td><td>").append(g.messageAuthenticator())
                    .append(g.messageAuthenticator() == MessageAuthenticatorPolicy.OFF ? " ⚠ BlastRADIUS" : "")
                    .append("</td><td>").append(g.coaFallback() ? "Disconnect" : "-")
                    .append("</td><td>").append(GatewayActivityCell.html(lang, g, activity.get(g.id()),
                            pages.service.clock().instant(), d.zone(), d.citizenPlan().interimInterval()))
                    .append("</td><td><form class=\"inline\" method=\"post\" action=\"/console/gateways/")
                    .append(Html.esc(g.id())).append("/delete\">").append(pages.csrf(ctx)).append("<button>")
                    .append(Html.esc(Text.t(lang, "delete"))).append("</button></form></td></tr>");
        }
        var siteCodes = d.sites().stream().map(s -> s.code()).toArray();
        sb.append("</table></section><section><h2>").append(Html.esc(Text.t(lang, "add"))).append("</h2>")
                .append(Pages.error(lang, st, "gateway")).append("<form method=\"post\" action=\"/console/gateways\">")
                .append(pages.csrf(ctx)).append("<div class=\"grid\">").append(input(st, "gateway", "id", "ID", "",
                        "text"))
                .append(Pages.select("siteCode", Text.split(lang, "Lokasi / site"), "", siteCodes))
                .append(input(st, "gateway", "address", Text.split(lang, "Alamat IP / address"), "", "text"))
                .append(Pages.select("vendor", "Vendor", Vendor.MIKROTIK, Vendor.values()))
                .append(input(st, "gateway", "coaPort", "Port CoA (0 = none)", "3799", "number"))
                // DEFAULT: AUTO for MikroTik (RouterOS before 7.15 never signs), REQUIRE for the others
                .append(Pages.select("messageAuthenticator", "Message-Authenticator (DEFAULT: MikroTik AUTO, "
                        + "lainnya REQUIRE)", "DEFAULT", new Object[] {"DEFAULT", MessageAuthenticatorPolicy.REQUIRE,
                        MessageAuthenticatorPolicy.AUTO, MessageAuthenticatorPolicy.OFF}))
                .append(Pages.select("coaFallback", Text.t(lang, "coaFallback") + " (auto = MikroTik)", "auto",
                        new Object[] {"auto", "on", "off"}))
                .append(AccountPages.password("gateway", "currentPassword", Text.t(lang, "reauth"),
                        "current-password"))
                .append("</div><button>").append(Html.esc(Text.t(lang, "add"))).append("</button></form></section>");
        pages.send(ctx, ctx.response().getStatusCode(), "gateways", sb.toString(), "");
    }
}
