package id.pita.portal.report;

import id.pita.portal.console.Html;
import java.util.Locale;

/** A printable HTML page of a {@link MonthlyReport}: one table, print styles, no script. */
public final class MonthlyReportPage {
    private MonthlyReportPage() {
    }

    public static String render(MonthlyReport r, String lang) {
        boolean en = "en".equals(lang);
        var sb = new StringBuilder("<p>" + (en ? "Paid capacity" : "Kapasitas langganan") + ": "
                + Html.esc(Bw.mbps(r.total().capacityDownBps())) + " / " + Html.esc(Bw.mbps(r.total().capacityUpBps()))
                + " Mbps. " + (en ? "Utilisation = bits moved / (capacity × seconds), per direction."
                : "Utilisasi = bit terkirim / (kapasitas × detik), per arah.") + "</p>");
        sb.append("<table><tr><th>").append(en ? "Day" : "Tanggal").append("</th><th>")
                .append(en ? "Office down" : "Unduh kantor").append("</th><th>").append(en ? "Public down"
                        : "Unduh publik")
                .append("</th><th>").append(en ? "Total down" : "Total unduh").append("</th><th>")
                .append(en ? "Total up" : "Total unggah").append("</th><th>GB</th></tr>");
        for (var l : r.days()) {
            sb.append(row(l, false));
        }
        sb.append(row(r.total(), true)).append("</table><p>").append(en ? "Released to the public after hours"
                : "Dilepas ke publik di luar jam kerja").append(": ").append(f(r.released().publicGb())).append(" GB, ")
                .append(f(r.released().mbpsHours())).append(" Mbps·").append(en ? "hours" : "jam").append(" (")
                .append(r.released().hours()).append(en ? " hours)" : " jam)").append("</p><p>")
                .append(en ? "Cost per GB served" : "Biaya per GB").append(": Rp ")
                .append(String.format(Locale.ROOT, "%,.0f", r.costPerGbIdr())).append(" (Rp ")
                .append(String.format(Locale.ROOT, "%,d", r.monthlyCostIdr())).append(en ? " a month)" : " per bulan)")
                .append("</p>");
        return sb.toString();
    }

    /** A table of utilisation lines (hours of a day, or days). */
    public static String table(java.util.List<UtilisationLine> lines, String lang) {
        boolean en = "en".equals(lang);
        var sb = new StringBuilder("<table><tr><th>" + (en ? "Period" : "Periode") + "</th><th>"
                + (en ? "Office down" : "Unduh kantor") + "</th><th>" + (en ? "Public down" : "Unduh publik")
                        + "</th><th>"
                + (en ? "Total down" : "Total unduh") + "</th><th>" + (en ? "Total up" : "Total unggah")
                        + "</th><th>GB</th></tr>");
        lines.forEach(l -> sb.append(row(l, false)));
        return sb.append("</table>").toString();
    }

    private static String row(UtilisationLine l, boolean bold) {
        var o = bold ? "<th>" : "<td>";
        var c = bold ? "</th>" : "</td>";
        return "<tr>" + o + Html.esc(l.label()) + c + o + pct(l.officeDownUtil()) + c + o + pct(l.hotspotDownUtil()) + c
                + o + pct(l.downUtil()) + c + o + pct(l.upUtil()) + c + o + f(l.totalBytes() / 1e9) + c + "</tr>";
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static final class Bw {
        static String mbps(long bps) {
            return String.format(Locale.ROOT, "%.0f", bps / 1e6);
        }
    }
}
