package id.pita.portal.console;

import static id.pita.portal.console.Pages.input;

import id.pita.core.district.District;
import id.pita.core.district.Vendor;
import id.pita.core.format.LocalFormat;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/**
 * Vouchers for events and guests: batches (count, validity, daily quota, note, who made them), an A4 sheet of
 * cards to print with a QR code that opens the hotspot's login, and disabling a whole batch. Diskominfo admins only.
 */
final class VoucherPages {
    private final Pages pages;

    VoucherPages(Pages pages) {
        this.pages = pages;
    }

    void mount(Router r) {
        r.get("/console/vouchers").blockingHandler(ConsoleRoutes.safe(pages, ctx -> page(ctx, null, "")), false);
        r.post("/console/vouchers").blockingHandler(ctx -> {
            var made = new long[] {0};
            pages.submit(ctx, "voucher", null, f -> made[0] = pages.service.createBatch(pages.actor(ctx), f).batch()
                    .id(), (c, st) -> page(c, st, ""));
            if (!ctx.response().ended()) {
                Pages.seeOther(ctx, "/console/vouchers?made=" + made[0]);
            }
        }, false);
        r.get("/console/vouchers/batches/:id/print").blockingHandler(ConsoleRoutes.safe(pages, this::sheet), false);
        r.post("/console/vouchers/batches/:id/disable").blockingHandler(ctx -> pages.submit(ctx, "batch-disable",
                "/console/vouchers", f -> pages.service.disableBatch(pages.actor(ctx), id(ctx)),
                (c, st) -> page(c, st, "")), false);
    }

    private static long id(RoutingContext ctx) {
        return new Fields(Map.of("id", ctx.pathParam("id"))).integer("id");
    }

    private void page(RoutingContext ctx, FormState st, String notice) {
        var actor = pages.actor(ctx);
        pages.service.requireAdmin(actor);
        var lang = Pages.lang(ctx);
        var d = pages.service.district(actor);
        var fmt = LocalFormat.of(lang, d.zone());
        var made = ctx.request().getParam("made");
        var sb = new StringBuilder(notice);
        if (made != null && made.matches("\\d+")) {
            sb.append("<p class=\"ok\">").append(Html.esc(fmt.pick("Batch dibuat. ", "Batch made. ")))
                    .append("<a href=\"/console/vouchers/batches/").append(made).append("/print\">")
                    .append(Html.esc(fmt.pick("Cetak kartu voucher (A4)", "Print the voucher cards (A4)")))
                    .append("</a></p>");
        }
        sb.append("<section><h2>").append(Html.esc(fmt.pick("Batch voucher baru", "New voucher batch")))
                .append("</h2>").append(Pages.error(lang, st, "voucher"))
                .append("<form method=\"post\" action=\"/console/vouchers\">").append(pages.csrf(ctx))
                .append("<div class=\"grid\">")
                .append(input(st, "voucher", "count", fmt.pick("Jumlah voucher", "Number of vouchers"), "20", "number"))
                .append(input(st, "voucher", "validDays", fmt.pick("Berlaku (hari)", "Valid for (days)"), "3",
                        "number"))
                .append(input(st, "voucher", "dailyQuotaMb", fmt.pick("Kuota per hari (MB, 0 = paket warga)",
                        "Daily quota (MB, 0 = citizen plan)"), "1000", "number"))
                .append(hotspots(d, fmt))
                .append(input(st, "voucher", "note", fmt.pick("Catatan (acara, tamu)", "Note (event, guests)"), "",
                        "text"))
                .append("</div><button>").append(Html.esc(fmt.pick("Buat batch", "Make the batch")))
                .append("</button></form></section>");
        sb.append(batches(ctx, d, fmt));
        pages.send(ctx, ctx.response().getStatusCode(), "vouchers", sb.toString(), "");
    }

    private static String hotspots(District d, LocalFormat fmt) {
        var sb = new StringBuilder("<label for=\"voucher-site\">" + Html.esc(fmt.pick("Hotspot (untuk kode QR)",
                "Hotspot (for the QR code)")) + "</label><select id=\"voucher-site\" name=\"site\"><option value=\"\">"
                + Html.esc(fmt.pick("— tanpa kode QR —", "— no QR code —")) + "</option>");
        d.sites().stream().filter(s -> s.isHotspot()).forEach(s -> sb.append("<option value=\"")
                .append(Html.esc(s.code())).append("\">").append(Html.esc(s.name())).append("</option>"));
        return sb.append("</select>").toString();
    }

    private String batches(RoutingContext ctx, District d, LocalFormat fmt) {
        var sb = new StringBuilder("<section><h2>" + Html.esc(fmt.pick("Batch voucher", "Voucher batches"))
                + "</h2><table><tr><th>" + Html.esc(fmt.pick("Dibuat", "Made")) + "</th><th>"
                + Html.esc(fmt.pick("Catatan", "Note")) + "</th><th>" + Html.esc(fmt.pick("Dipakai", "Used"))
                + "</th><th>" + Html.esc(fmt.pick("Berlaku sampai", "Valid until")) + "</th><th>"
                + Html.esc(fmt.pick("Kuota per hari", "Daily quota")) + "</th><th>"
                + Html.esc(fmt.pick("Status", "State")) + "</th><th></th></tr>");
        for (var b : pages.service.ports().vouchers().batches()) {
            var vouchers = pages.service.ports().vouchers().inBatch(b.id());
            long used = vouchers.stream().filter(Voucher::used).count();
            sb.append("<tr data-batch=\"").append(b.id()).append("\"><td>").append(Html.esc(fmt.shortDate(
                    b.createdAt().atZone(d.zone()).toLocalDate()) + ", " + b.createdBy())).append("</td><td>")
                    .append(Html.esc(b.note())).append("</td><td>").append(used).append(" / ").append(b.count())
                    .append("</td><td>").append(Html.esc(fmt.dateTime(b.validUntil()))).append("</td><td>")
                    .append(Html.esc(quota(b, fmt))).append("</td><td>").append(Html.esc(b.disabled()
                            ? fmt.pick("dinonaktifkan ", "disabled ") + fmt.shortDate(b.disabledAt().get()
                            .atZone(d.zone()).toLocalDate()) : fmt.pick("aktif", "active"))).append("</td><td>")
                    .append("<a href=\"/console/vouchers/batches/").append(b.id()).append("/print\">")
                    .append(Html.esc(fmt.pick("Cetak", "Print"))).append("</a>");
            if (!b.disabled()) {
                sb.append(" <form class=\"inline\" method=\"post\" action=\"/console/vouchers/batches/").append(b.id())
                        .append("/disable\">").append(pages.csrf(ctx)).append("<button>")
                        .append(Html.esc(fmt.pick("Nonaktifkan", "Disable"))).append("</button></form>");
            }
            sb.append("</td></tr>");
        }
        return sb.append("</table></section>").toString();
    }

    static String quota(VoucherBatch b, LocalFormat fmt) {
        return b.dailyQuotaMb() == 0 ? fmt.pick("paket warga", "citizen plan")
                : fmt.gigabytes(b.dailyQuotaMb() * 1e6);
    }

    /** An A4 sheet of voucher cards, 3 x 6 a page, each with its code, validity, quota and the login QR code. */
    private void sheet(RoutingContext ctx) {
        var actor = pages.actor(ctx);
        pages.service.requireAdmin(actor);
        var lang = Pages.lang(ctx);
        var d = pages.service.district(actor);
        var fmt = LocalFormat.of(lang, d.zone());
        var b = pages.service.ports().vouchers().batch(id(ctx))
                .orElseThrow(() -> ConsoleError.notFound("no voucher batch " + ctx.pathParam("id")));
        var site = d.site(b.siteCode());
        var login = loginUrl(d, b.siteCode());
        var sb = new StringBuilder("<div class=\"sheet\">");
        for (var v : pages.service.ports().vouchers().inBatch(b.id())) {
            sb.append("<div class=\"card\"><div class=\"who\">").append(Html.esc(d.name())).append("</div><div>")
                    .append(Html.esc(site.map(s -> "Wi-Fi " + s.name()).orElse(fmt.pick("Wi-Fi publik",
                            "Public Wi-Fi")))).append("</div><div class=\"code\">").append(Html.esc(v.code()))
                    .append("</div><div class=\"small\">").append(Html.esc(fmt.pick("Berlaku sampai ", "Valid until ")
                            + fmt.dateTime(v.expiresAt()))).append("<br>").append(Html.esc(fmt.pick("Kuota per hari: ",
                            "Daily quota: ") + quota(b, fmt)));
            if (!b.note().isEmpty()) {
                sb.append("<br>").append(Html.esc(b.note()));
            }
            sb.append("</div>");
            login.ifPresent(url -> sb.append(QrSvg.of(url, fmt.pick("Kode QR halaman masuk hotspot",
                    "QR code of the hotspot's login page"))).append("<div class=\"small\">")
                    .append(Html.esc(fmt.pick("Pindai, lalu ketik kode di atas.", "Scan, then type the code above.")))
                    .append("</div>"));
            sb.append("</div>");
        }
        sb.append("</div>");
        var css = "@page{size:A4;margin:10mm}body{margin:0;font-family:sans-serif;color:#000;background:#fff}"
                + ".sheet{display:grid;grid-template-columns:repeat(3,1fr);gap:4mm}"
                + ".card{border:1px dashed #555;padding:3mm;height:88mm;box-sizing:border-box;break-inside:avoid;"
                + "text-align:center;font-size:11px;overflow:hidden}.who{font-weight:bold}"
                + ".code{font:bold 20px monospace;letter-spacing:2px;margin:2mm 0}.small{font-size:9px}"
                + "svg.qr{width:32mm;height:32mm;display:block;margin:2mm auto 1mm}"
                + "p.noprint{font-size:14px}@media print{.noprint{display:none}}";
        ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").putHeader("Cache-Control", "no-store")
                .end("<!doctype html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>"
                        + Html.esc(fmt.pick("Voucher ", "Vouchers ") + b.note()) + "</title><style>" + css
                        + "</style></head><body><p class=\"noprint\">" + Html.esc(fmt.pick(
                        "Cetak halaman ini di kertas A4 (Ctrl+P).", "Print this page on A4 paper (Ctrl+P)."))
                        + " <a href=\"/console/vouchers\">" + Html.esc(fmt.pick("Kembali", "Back")) + "</a></p>"
                        + sb + "</body></html>");
    }

    /**
     * The address that starts the hotspot's own login: MikroTik's {@code /login} on the hotspot address,
     * CoovaChilli's UAM port 3990 {@code /prelogin}, openNDS's gateway port 2050. Each sends the phone on to
     * Pita's splash with the gateway's parameters, where the voucher is typed.
     */
    static java.util.Optional<String> loginUrl(District d, String siteCode) {
        return d.gateways().stream().filter(g -> g.siteCode().equals(siteCode)).findFirst().map(g -> {
            var host = g.address().contains(":") ? "[" + g.address() + "]" : g.address();
            return g.vendor() == Vendor.MIKROTIK ? "http://" + host + "/login"
                    : g.vendor() == Vendor.COOVACHILLI ? "http://" + host + ":3990/prelogin"
                    : "http://" + host + ":2050/";
        });
    }
}
