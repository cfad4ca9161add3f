package id.pita.portal.report;

import java.util.List;
import java.util.Locale;

/** CSV (RFC 4180, comma, CRLF) of utilisation lines, for spreadsheets: raw numbers, the unit in each column name. */
public final class ReportCsv {
    private ReportCsv() {
    }

    public static String lines(List<UtilisationLine> lines) {
        var sb = new StringBuilder("period,seconds,office_down_bytes,office_up_bytes,hotspot_down_bytes,"
                + "hotspot_up_bytes,office_down_util_ratio,hotspot_down_util_ratio,down_util_ratio,up_util_ratio,"
                + "capacity_down_bps,capacity_up_bps\r\n");
        for (var l : lines) {
            sb.append(field(l.label())).append(',').append(l.seconds()).append(',').append(l.officeDown()).append(',')
                    .append(l.officeUp()).append(',').append(l.hotspotDown()).append(',').append(l.hotspotUp())
                    .append(',').append(f(l.officeDownUtil())).append(',').append(f(l.hotspotDownUtil()))
                    .append(',').append(f(l.downUtil())).append(',').append(f(l.upUtil())).append(',')
                    .append(l.capacityDownBps()).append(',').append(l.capacityUpBps()).append("\r\n");
        }
        return sb.toString();
    }

    public static String monthly(MonthlyReport r) {
        var all = new java.util.ArrayList<>(r.days());
        all.add(r.total());
        return lines(all);
    }

    /** Quotes a field when needed and defuses spreadsheet formulas ({@code =}, {@code +}, {@code -}, {@code @}). */
    public static String field(String s) {
        var v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
