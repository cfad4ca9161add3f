package id.pita.portal.console;

import id.pita.portal.report.MonthlyReport;
import id.pita.portal.report.MonthlyReportPage;
import id.pita.portal.report.ReportCsv;
import id.pita.portal.report.ReportPdf;
import id.pita.core.format.LocalFormat;
import id.pita.portal.report.UsageReports;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.YearMonth;

/** Monthly reports (HTML, printable, CSV) and the audit log (HTML, CSV). Any logged-in role may read them. */
final class ReportPages {
    private final Pages pages;

    ReportPages(Pages pages) {
        this.pages = pages;
    }

    void mount(Router r) {
        r.get("/console/reports").blockingHandler(ConsoleRoutes.safe(pages, ctx -> {
            var lang = Pages.lang(ctx);
            var rep = report(pages.service, ctx.request().getParam("month"));
            var m = rep.month();
            var fmt = LocalFormat.of(lang, pages.service.ports().district().load().zone());
            var body = "<section class=\"noprint\"><form method=\"get\"><label>" + Html.esc(Text.t(lang, "month"))
                    + "</label><input type=\"month\" name=\"month\" value=\"" + m + "\"><button>OK</button></form>"
                    + "<p><a href=\"/console/reports/print?month=" + m + "\">" + Html.esc(Text.t(lang, "print"))
                    + "</a> · <a href=\"/console/reports.pdf?month=" + m + "\">PDF</a> · <a href=\"/console/reports.csv"
                    + "?month=" + m + "\">CSV</a></p></section><section><h2>" + Html.esc(fmt.month(m)) + "</h2>"
                    + MonthlyReportPage.render(rep, previous(pages.service, m), fmt) + "</section>" + hourly(ctx);
            pages.send(ctx, 200, "reports", body, "<style>" + MonthlyReportPage.CSS + "</style>");
        }), false);
        r.get("/console/reports/print").blockingHandler(ConsoleRoutes.safe(pages, ctx -> {
            var lang = Pages.lang(ctx);
            var rep = report(pages.service, ctx.request().getParam("month"));
            ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").end(Html.page(lang, title(rep, lang),
                    "", MonthlyReportPage.render(rep, previous(pages.service, rep.month()), format(lang)),
                    "<style>" + MonthlyReportPage.PRINT_CSS + MonthlyReportPage.CSS + "</style>"));
        }), false);
        r.get("/console/reports.pdf").blockingHandler(ConsoleRoutes.safe(pages, ctx -> {
            var lang = Pages.lang(ctx);
            var rep = report(pages.service, ctx.request().getParam("month"));
            var xhtml = MonthlyReportPage.xhtml(title(rep, lang), MonthlyReportPage.render(rep,
                    previous(pages.service, rep.month()), format(lang)), lang);
            ctx.response().putHeader("Content-Type", "application/pdf")
                    .putHeader("Content-Disposition", "attachment; filename=\"pita-" + rep.month() + ".pdf\"")
                    .end(io.vertx.core.buffer.Buffer.buffer(ReportPdf.render(xhtml)));
        }), false);
        r.get("/console/reports.csv").blockingHandler(ConsoleRoutes.safe(pages, ctx -> {
            if (ctx.request().getParam("date") != null) {
                var d = pages.service.ports().district().load();
                var date = parseDate(ctx.request().getParam("date"), d.zone());
                var rows = pages.service.ports().usage().hours(date.atStartOfDay(d.zone()).toInstant(),
                        date.plusDays(1).atStartOfDay(d.zone()).toInstant());
                var lines = new UsageReports(d.pool(), d.zone(), t -> pages.service.ports().regimeAt().apply(t))
                        .byHour(rows, date);
                csv(ctx, "pita-" + date + ".csv", ReportCsv.lines(lines));
                return;
            }
            var rep = report(pages.service, ctx.request().getParam("month"));
            csv(ctx, "pita-" + rep.month() + ".csv", ReportCsv.monthly(rep));
        }), false);
        r.get("/console/audit").blockingHandler(ConsoleRoutes.safe(pages, this::audit), false);
        r.get("/console/audit.csv").blockingHandler(ConsoleRoutes.safe(pages, ctx -> {
            pages.service.requireAdmin(pages.actor(ctx));
            csv(ctx, "pita-audit.csv", auditCsv(pages.service.ports().audit().recent(100_000)));
        }), false);
    }

    private String hourly(RoutingContext ctx) {
        var lang = Pages.lang(ctx);
        var d = pages.service.ports().district().load();
        var date = parseDate(ctx.request().getParam("date"), d.zone());
        var from = date.atStartOfDay(d.zone()).toInstant();
        var rows = pages.service.ports().usage().hours(from, date.plusDays(1).atStartOfDay(d.zone()).toInstant());
        var lines = new UsageReports(d.pool(), d.zone(), t -> pages.service.ports().regimeAt().apply(t)).byHour(rows,
                date);
        return "<section><h2>" + Html.esc(Text.t(lang, "byHour") + ", " + format(lang).date(date))
                + "</h2><form method=\"get\" class=\"noprint\">"
                + "<input type=\"date\" name=\"date\" value=\"" + date
                        + "\"><button>OK</button> <a href=\"/console/reports.csv?date="
                + date + "\">CSV</a></form>" + Charts.day(pages.service, d, date, id.pita.core.format.LocalFormat.of(lang, d.zone()))
                + MonthlyReportPage.table(lines, LocalFormat.of(lang, d.zone()), false) + "</section>";
    }

    private java.time.LocalDate parseDate(String value, java.time.ZoneId zone) {
        if (value == null || value.isBlank()) {
            return java.time.LocalDate.now(pages.service.clock().withZone(zone));
        }
        return new Fields(java.util.Map.of("date", value)).date("date");
    }

    private LocalFormat format(String lang) {
        return LocalFormat.of(lang, pages.service.ports().district().load().zone());
    }

    private String title(MonthlyReport rep, String lang) {
        var fmt = format(lang);
        return fmt.pick("Laporan pemanfaatan ", "Utilisation report ") + rep.district() + " — " + fmt.month(rep.month());
    }

    /** The month before {@code m}, complete. */
    static MonthlyReport previous(ConsoleService service, YearMonth m) {
        return report(service, m.minusMonths(1).toString());
    }

    static MonthlyReport report(ConsoleService service, String month) {
        var d = service.ports().district().load();
        YearMonth m;
        try {
            m = month == null || month.isBlank() ? YearMonth.now(service.clock().withZone(d.zone()))
                    : YearMonth.parse(month);
        } catch (java.time.format.DateTimeParseException e) {
            throw new id.pita.core.InvalidValueException("month", "must be like 2026-11");
        }
        var from = m.atDay(1).atStartOfDay(d.zone()).toInstant();
        var to = m.plusMonths(1).atDay(1).atStartOfDay(d.zone()).toInstant();
        var reports = new UsageReports(d.pool(), d.zone(), t -> service.ports().regimeAt().apply(t));
        return reports.monthly(d.name(), service.ports().usage().hours(from, to), m, service.clock().instant());
    }

    static String auditCsv(java.util.List<AuditEntry> entries) {
        var sb = new StringBuilder("id,at,actor,action,entity,before,after,address,prev_hash,hash\r\n");
        for (var e : entries) {
            sb.append(e.id()).append(',').append(e.at()).append(',').append(ReportCsv.field(e.actor())).append(',')
                    .append(ReportCsv.field(e.action())).append(',').append(ReportCsv.field(e.entity())).append(',')
                    .append(ReportCsv.field(e.beforeJson())).append(',').append(ReportCsv.field(e.afterJson()))
                    .append(',').append(ReportCsv.field(e.address())).append(',').append(e.prevHash()).append(',')
                    .append(e.hash()).append("\r\n");
        }
        return sb.toString();
    }

    private void audit(RoutingContext ctx) {
        pages.service.requireAdmin(pages.actor(ctx));
        var lang = Pages.lang(ctx);
        var fmt = format(lang);
        var sb = new StringBuilder("<p><a href=\"/console/audit.csv\">CSV</a></p><section><table><tr><th>#</th><th>"
                + Html.esc(fmt.pick("Waktu", "Time")) + "</th><th>" + Html.esc(fmt.pick("Oleh", "By")) + "</th><th>"
                + Html.esc(fmt.pick("Alamat", "Address")) + "</th><th>"
                + Html.esc(fmt.pick("Aksi", "Action")) + "</th><th>" + Html.esc(fmt.pick("Objek", "Object"))
                + "</th><th>" + Html.esc(fmt.pick("Sebelum", "Before")) + "</th><th>"
                + Html.esc(fmt.pick("Sesudah", "After")) + "</th></tr>");
        for (var e : pages.service.ports().audit().recent(200)) {
            var before = e.beforeJson().length() > 160 ? e.beforeJson().substring(0, 160) + "…" : e.beforeJson();
            var after = e.afterJson().length() > 160 ? e.afterJson().substring(0, 160) + "…" : e.afterJson();
            sb.append("<tr><td>").append(e.id()).append("</td><td>").append(Html.esc(fmt.dateTime(e.at())))
                    .append("</td><td>").append(Html.esc(e.actor())).append("</td><td>").append(Html.esc(e.address()))
                    .append("</td><td>").append(Html.esc(e.action())).append("</td><td>")
                    .append(Html.esc(e.entity())).append("</td><td><small>").append(Html.esc(before))
                    .append("</small></td><td><small>").append(Html.esc(after)).append("</small></td></tr>");
        }
        pages.send(ctx, 200, "audit", sb.append("</table></section>").toString(), "");
    }

    private static void csv(RoutingContext ctx, String name, String body) {
        ctx.response().putHeader("Content-Type", "text/csv; charset=utf-8")
                .putHeader("Content-Disposition", "attachment; filename=\"" + name + "\"").end(body);
    }
}
