package id.pita.portal.console;

import id.pita.portal.report.UtilisationLine;
import java.util.List;
import java.util.Locale;

/**
 * A server-side SVG of hourly download traffic, office (stacked below) and public (above), against the pool's
 * download capacity. No script; numbers are average Mbps per hour.
 */
public final class TrafficChart {
    private static final int W = 720;
    private static final int H = 240;
    private static final int PAD = 36;

    private TrafficChart() {
    }

    public static String svg(List<UtilisationLine> hours, String officeLabel, String publicLabel,
            String capacityLabel) {
        if (hours.isEmpty()) {
            return "";
        }
        double capacity = hours.get(0).capacityDownBps() / 1e6;
        double max = capacity * 1.1;
        for (var h : hours) {
            max = Math.max(max, mbps(h.officeDown() + h.hotspotDown(), h.seconds()) * 1.05);
        }
        double bw = (W - PAD - 8.0) / hours.size();
        var sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + W + " " + (H + 40)
                + "\" width=\"100%\" role=\"img\" aria-label=\"" + Html.esc(capacityLabel) + "\">");
        sb.append("<line x1=\"").append(PAD).append("\" y1=\"").append(H).append("\" x2=\"").append(W)
                .append("\" y2=\"")
                .append(H).append("\" stroke=\"#889\"/>");
        for (int i = 0; i < hours.size(); i++) {
            var h = hours.get(i);
            double office = mbps(h.officeDown(), h.seconds());
            double pub = mbps(h.hotspotDown(), h.seconds());
            double x = PAD + i * bw;
            double yo = y(office, max);
            double yp = y(office + pub, max);
            sb.append(rect(x, yo, bw - 2, H - yo, "#0b4f6c")).append(rect(x, yp, bw - 2, yo - yp, "#f0a030"));
            if (i % 3 == 0) {
                sb.append(text(x, H + 16, Html.esc(h.label())));
            }
        }
        double yc = y(capacity, max);
        sb.append("<line x1=\"").append(PAD).append("\" y1=\"").append(f(yc)).append("\" x2=\"").append(W)
                .append("\" y2=\"").append(f(yc)).append("\" stroke=\"#c00\" stroke-dasharray=\"6 4\"/>")
                .append(text(PAD, yc - 4, Html.esc(capacityLabel) + " " + f(capacity) + " Mbps"))
                .append(text(0, 12, Math.round(max) + " Mbps"))
                .append(rect(PAD, H + 24, 12, 12, "#0b4f6c")).append(text(PAD + 16, H + 35, Html.esc(officeLabel)))
                .append(rect(PAD + 200, H + 24, 12, 12, "#f0a030")).append(text(PAD + 216, H + 35,
                        Html.esc(publicLabel)));
        return sb.append("</svg>").toString();
    }

    private static double mbps(long bytes, long seconds) {
        return seconds == 0 ? 0 : bytes * 8.0 / seconds / 1e6;
    }

    private static double y(double value, double max) {
        return H - (H - 10) * value / max;
    }

    private static String rect(double x, double y, double w, double h, String fill) {
        return "<rect x=\"" + f(x) + "\" y=\"" + f(y) + "\" width=\"" + f(Math.max(0, w)) + "\" height=\""
                + f(Math.max(0, h)) + "\" fill=\"" + fill + "\"/>";
    }

    private static String text(double x, double y, String s) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" font-size=\"12\" fill=\"#334\">" + s + "</text>";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
