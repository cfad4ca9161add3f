package id.pita.portal.report;

import id.pita.core.format.LocalFormat;
import id.pita.portal.console.Html;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The monthly utilisation report as HTML that is also well-formed XHTML (every tag closed), so the same body is the
 * printable page and the PDF: a summary of the month so far beside the previous month, a daily chart (HTML boxes, no
 * script, no SVG, so the PDF renderer draws it too) and the daily table. Every figure by the one formatter.
 */
public final class MonthlyReportPage {
    /** Height in CSS px of the tallest day's bar. */
    private static final int CHART_PX = 140;
    /** Styles of the report's own tables and chart, for the console page, the printable page and the PDF. */
    public static final String CSS = "table.t{border-collapse:collapse;width:100%}table.t td,table.t th{border-bottom:1px solid #ccd;"
            + "padding:3px 5px;text-align:right}table.t td:first-child,table.t th:first-child{text-align:left}"
            + "table.bars{border-collapse:collapse;width:100%;table-layout:fixed}"
            + "table.bars td{vertical-align:bottom;padding:0 1px;text-align:center;font-size:9px}"
            + "div.o{background:#0b4f6c}div.p{background:#f0a030}"
            + "span.k{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px}"
            + "p.muted{color:#556}";

    /** Page styles of the printable page and the PDF (the console page keeps the console's). */
    public static final String PRINT_CSS = "body{font-family:sans-serif;color:#1d2530;font-size:12px}"
            + "h1{font-size:20px}h2{font-size:15px;margin:14px 0 6px}";

    private MonthlyReportPage() {
    }

    /** The report's body: {@code previous} may be null (no earlier month to compare). */
    public static String render(MonthlyReport r, MonthlyReport previous, LocalFormat fmt) {
        var sb = new StringBuilder("<p>" + Html.esc(fmt.pick("Kapasitas langganan: ", "Paid capacity: ")
                + fmt.rate(r.total().capacityDownBps()) + fmt.pick(" unduh / ", " down / ")
                + fmt.rate(r.total().capacityUpBps()) + fmt.pick(" unggah. ", " up. ")
                + fmt.pick("Utilisasi = bit terkirim / (kapasitas x detik), per arah.",
                "Utilisation = bits moved / (capacity x seconds), per direction.")) + "</p>");
        sb.append("<h2>").append(Html.esc(fmt.pick("Ringkasan", "Summary"))).append("</h2>")
                .append(summary(r, previous, fmt));
        sb.append("<h2>").append(Html.esc(fmt.pick("Rata-rata unduh per hari (Mbps)", "Average download per day (Mbps)")))
                .append("</h2>").append(chart(r.days(), fmt));
        sb.append("<h2>").append(Html.esc(fmt.pick("Per hari", "By day"))).append("</h2>").append(table(r.days(), fmt,
                true));
        return sb.toString();
    }

    /** The month so far beside the previous month. */
    static String summary(MonthlyReport r, MonthlyReport p, LocalFormat fmt) {
        var sb = new StringBuilder("<table class=\"t\" id=\"summary\"><tr><th></th><th>")
                .append(Html.esc(period(r, fmt))).append("</th>");
        if (p != null) {
            sb.append("<th>").append(Html.esc(period(p, fmt))).append("</th>");
        }
        sb.append("</tr>");
        row(sb, fmt.pick("Data terlayani (unduh + unggah)", "Data served (down + up)"), r, p,
                m -> fmt.gigabytes(m.total().totalBytes()));
        row(sb, fmt.pick("Kantor", "Offices"), r, p,
                m -> fmt.gigabytes(m.total().officeDown() + m.total().officeUp()));
        row(sb, fmt.pick("Publik (hotspot)", "Public (hotspots)"), r, p,
                m -> fmt.gigabytes(m.total().hotspotDown() + m.total().hotspotUp()));
        row(sb, fmt.pick("Utilisasi unduh", "Download utilisation"), r, p, m -> fmt.percent(m.total().downUtil()));
        row(sb, fmt.pick("Utilisasi unggah", "Upload utilisation"), r, p, m -> fmt.percent(m.total().upUtil()));
        row(sb, fmt.pick("Kapasitas dilepas ke publik di luar jam kerja", "Capacity released to the public after hours"),
                r, p, m -> fmt.number(m.released().mbpsHours(), 1) + fmt.pick(" Mbps-jam", " Mbps-hours"));
        row(sb, fmt.pick("Dipakai publik di luar jam kerja", "Used by the public after hours"), r, p,
                m -> fmt.gigabytes(m.released().publicGb() * 1e9));
        row(sb, fmt.pick("Biaya periode (pro rata)", "Cost of the period (pro rata)"), r, p,
                m -> fmt.rupiah(m.elapsedCostIdr()));
        row(sb, fmt.pick("Biaya per GB", "Cost per GB"), r, p,
                m -> m.costPerGbIdr() == 0 ? "—" : fmt.rupiah(m.costPerGbIdr()));
        return sb.append("</table><p class=\"muted\">").append(Html.esc(fmt.pick("Biaya langganan ", "Subscription ")
                + fmt.rupiah(r.monthlyCostIdr()) + fmt.pick(" per bulan; bulan berjalan dihitung sampai sekarang.",
                " a month; a month in progress counts up to now."))).append("</p>").toString();
    }

    private static void row(StringBuilder sb, String label, MonthlyReport r, MonthlyReport p,
                            java.util.function.Function<MonthlyReport, String> value) {
        sb.append("<tr><td>").append(Html.esc(label)).append("</td><td>").append(Html.esc(value.apply(r)))
                .append("</td>");
        if (p != null) {
            sb.append("<td>").append(Html.esc(value.apply(p))).append("</td>");
        }
        sb.append("</tr>");
    }

    /** "November 2026" for a whole month, "November 2026 (1–23)" for one in progress. */
    static String period(MonthlyReport m, LocalFormat fmt) {
        var name = fmt.month(m.month());
        if (m.elapsedSeconds() >= m.monthSeconds()) {
            return name;
        }
        long days = (m.elapsedSeconds() + 86_399) / 86_400;
        return name + " (1–" + Math.max(1, days) + ")";
    }

    /** Days as stacked boxes, offices below and the public above, scaled to the busiest day. */
    static String chart(List<UtilisationLine> days, LocalFormat fmt) {
        double max = 0;
        for (var d : days) {
            max = Math.max(max, mbps(d.officeDown() + d.hotspotDown(), d.seconds()));
        }
        var sb = new StringBuilder("<table class=\"bars\" id=\"daily-chart\"><tr>");
        for (var d : days) {
            double office = mbps(d.officeDown(), d.seconds());
            double pub = mbps(d.hotspotDown(), d.seconds());
            var title = label(d, fmt) + ": " + fmt.mbps(Math.round(office * 1e6)) + " + "
                    + fmt.mbps(Math.round(pub * 1e6));
            sb.append("<td title=\"").append(Html.esc(title)).append("\"><div class=\"p\" style=\"height:")
                    .append(px(pub, max)).append("px\"></div><div class=\"o\" style=\"height:").append(px(office, max))
                    .append("px\"></div></td>");
        }
        sb.append("</tr><tr>");
        for (var d : days) {
            sb.append("<td>").append(Html.esc(d.label().substring(Math.max(0, d.label().length() - 2)))).append("</td>");
        }
        return sb.append("</tr></table><p><span class=\"k\" style=\"background:#0b4f6c\"></span>")
                .append(Html.esc(fmt.pick("Kantor", "Offices"))).append("<span class=\"k\" style=\"background:#f0a030\">")
                .append("</span>").append(Html.esc(fmt.pick("Publik (hotspot)", "Public (hotspots)")))
                .append(Html.esc(fmt.pick("; tertinggi ", "; highest ") + fmt.mbps(Math.round(max * 1e6))))
                .append("</p>").toString();
    }

    /** A table of utilisation lines (hours of a day, or days); {@code days}: label them as dates. */
    public static String table(List<UtilisationLine> lines, LocalFormat fmt, boolean days) {
        var sb = new StringBuilder("<table class=\"t\"><tr><th>" + Html.esc(fmt.pick("Periode", "Period"))
                + "</th><th>" + Html.esc(fmt.pick("Unduh kantor", "Office down")) + "</th><th>"
                + Html.esc(fmt.pick("Unduh publik", "Public down")) + "</th><th>"
                + Html.esc(fmt.pick("Total unduh", "Total down")) + "</th><th>"
                + Html.esc(fmt.pick("Total unggah", "Total up")) + "</th><th>"
                + Html.esc(fmt.pick("Data", "Data")) + "</th></tr>");
        for (var l : lines) {
            sb.append("<tr><td>").append(Html.esc(days ? label(l, fmt) : hour(l.label(), fmt))).append("</td><td>")
                    .append(fmt.percent(l.officeDownUtil())).append("</td><td>").append(fmt.percent(l.hotspotDownUtil()))
                    .append("</td><td>").append(fmt.percent(l.downUtil())).append("</td><td>")
                    .append(fmt.percent(l.upUtil())).append("</td><td>").append(Html.esc(fmt.gigabytes(l.totalBytes())))
                    .append("</td></tr>");
        }
        return sb.append("</table>").toString();
    }

    /** {@code 14:00} (the CSV's label) as people read it: {@code 14.00} in Bahasa Indonesia. */
    private static String hour(String label, LocalFormat fmt) {
        return label.matches("\\d\\d:\\d\\d") ? fmt.clock(java.time.LocalTime.parse(label)) : label;
    }

    private static String label(UtilisationLine l, LocalFormat fmt) {
        try {
            return fmt.date(LocalDate.parse(l.label()));
        } catch (java.time.format.DateTimeParseException e) {
            return l.label();
        }
    }

    /** A standalone XHTML document of the report, for the PDF renderer. */
    public static String xhtml(String title, String body, String lang) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\""
                + Html.esc(lang) + "\"><head><meta charset=\"utf-8\"/><title>" + Html.esc(title) + "</title><style>"
                + "@page{size:A4;margin:16mm}" + PRINT_CSS + CSS + "</style></head><body><h1>" + Html.esc(title) + "</h1>" + body
                + "</body></html>";
    }

    private static double mbps(long bytes, long seconds) {
        return seconds == 0 ? 0 : bytes * 8.0 / seconds / 1e6;
    }

    private static String px(double v, double max) {
        return String.format(Locale.ROOT, "%.1f", max == 0 ? 0 : CHART_PX * v / max);
    }
}
