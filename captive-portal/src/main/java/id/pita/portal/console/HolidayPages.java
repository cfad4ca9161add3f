package id.pita.portal.console;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The national holiday lists ({@code /console/holidays}): each year held, confirmed or provisional, with its
 * dates; an admin replaces one year by pasting its year file (the same YAML as {@code pita holidays import}).
 */
final class HolidayPages {
    static final String PATH = "/console/holidays";
    private final Pages pages;

    HolidayPages(Pages pages) {
        this.pages = pages;
    }

    void mount(Router r) {
        r.get(PATH).blockingHandler(ConsoleRoutes.safe(pages, ctx -> page(ctx, null)), false);
        r.post(PATH + "/import").blockingHandler(ctx -> pages.submit(ctx, "import", PATH,
                f -> pages.service.importHolidays(pages.actor(ctx), f), this::page), false);
    }

    private void page(RoutingContext ctx, FormState st) {
        var lang = Pages.lang(ctx);
        var en = "en".equals(lang);
        var sb = new StringBuilder();
        for (var notice : pages.service.ops().notices().get()) {
            if (notice.code().equals("calendar")) {
                sb.append(DashboardPage.banner(notice, lang));
            }
        }
        for (var y : pages.service.ops().holidays().national().years()) {
            sb.append("<section><h2>").append(y.year()).append(" — ").append(y.confirmed()
                    ? (en ? "confirmed (SKB)" : "resmi (SKB)")
                    : (en ? "PROVISIONAL: estimated dates" : "PERKIRAAN: tanggal belum resmi"))
                    .append("</h2><p class=\"muted\">").append(Html.esc(y.source())).append("</p><table><tr><th>")
                    .append(en ? "Date" : "Tanggal").append("</th><th>").append(en ? "Name" : "Nama").append("</th><th>")
                    .append(en ? "Kind" : "Jenis").append("</th></tr>");
            for (var r : y.ramadan()) {
                sb.append("<tr><td>").append(r.first()).append(" – ").append(r.last()).append("</td><td>Ramadan")
                        .append(r.provisional() ? (en ? " (estimate)" : " (perkiraan)") : "")
                        .append("</td><td>").append(en ? "Ramadan hours" : "Jam kerja Ramadan").append("</td></tr>");
            }
            for (var h : y.holidays()) {
                sb.append("<tr><td>").append(h.date()).append("</td><td>").append(Html.esc(h.name()))
                        .append(h.provisional() ? (en ? " (estimate)" : " (perkiraan)") : "").append("</td><td>")
                        .append(h.kind()).append("</td></tr>");
            }
            sb.append("</table></section>");
        }
        if (pages.actor(ctx).isAdmin()) {
            var submitted = st != null && st.form().equals("import") ? st.submitted().optional("yaml") : "";
            sb.append("<section><h2>").append(en ? "Replace one year's list" : "Ganti daftar satu tahun")
                    .append("</h2>").append(Pages.error(lang, st, "import")).append("<p>")
                    .append(en ? "Paste the year file (year, confirmed, source, ramadan, holidays), as for "
                            : "Tempel berkas tahun (year, confirmed, source, ramadan, holidays), sama dengan ")
                    .append("<code>pita holidays import</code>.</p><form method=\"post\" action=\"").append(PATH)
                    .append("/import\">").append(pages.csrf(ctx))
                    .append("<textarea name=\"yaml\" rows=\"16\" style=\"width:100%;font-family:monospace\">")
                    .append(Html.esc(submitted)).append("</textarea><br><button>").append(en ? "Import" : "Impor")
                    .append("</button></form></section>");
        }
        pages.send(ctx, ctx.response().getStatusCode(), "nationalHolidays", sb.toString(), "");
    }
}
