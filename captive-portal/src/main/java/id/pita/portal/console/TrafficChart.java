package id.pita.portal.console;

import id.pita.core.format.LocalFormat;
import id.pita.portal.report.UtilisationLine;
import java.util.List;
import java.util.Locale;

/**
 * A server-side SVG of download traffic per period (an hour), offices stacked below the public, with a y-axis of
 * round ticks and gridlines, the pool's capacity as a dashed line when it fits the scale, a legend, and each bar's
 * figures as an SVG {@code <title>} (shown on hover, read by screen readers). The scale follows the traffic, not the
 * capacity, so that 40 Mbps on a 1 Gbit/s pool is a visible bar rather than a flat line. No script.
 */
public final class TrafficChart {
    private static final int W = 720;
    private static final int H = 240;
    private static final int LEFT = 64;
    private static final int TOP = 12;
    static final String OFFICE_COLOUR = "#0b4f6c";
    static final String PUBLIC_COLOUR = "#f0a030";

    /** The words the chart needs, in the page's language. */
    public record Labels(String office, String publicLabel, String capacity, String aboveScale, String title) {
    }

    private TrafficChart() {
    }

    /**
     * @param every   label the x-axis at every {@code every}-th bar (3 for a day of hours, 24 for a week)
     */
    public static String svg(List<UtilisationLine> bars, int every, Labels words, LocalFormat fmt) {
        if (bars.isEmpty()) {
            return "";
        }
        double capacity = bars.get(0).capacityDownBps() / 1e6;
        double peak = 0;
        for (var b : bars) {
            peak = Math.max(peak, mbps(b.officeDown() + b.hotspotDown(), b.seconds()));
        }
        // Show the capacity line when traffic reaches a third of it; otherwise scale to the traffic.
        double step = niceStep(peak >= capacity / 3 ? Math.max(capacity, peak) : Math.max(peak, 1));
        int ticks = (int) Math.ceil((peak >= capacity / 3 ? Math.max(capacity, peak) : Math.max(peak, 1)) * 1.1
                / step - 1e-9);
        double top = step * ticks;
        var sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 " + W + " "
                + (H + 48) + "\" width=\"100%\" role=\"img\" aria-label=\"" + Html.esc(words.title()) + "\">");
        for (int i = 0; i <= ticks; i++) {
            double v = step * i;
            double y = y(v, top);
            sb.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(y)).append("\" x2=\"").append(W)
                    .append("\" y2=\"").append(f(y)).append("\" stroke=\"").append(i == 0 ? "#889" : "#dde")
                    .append("\"/>").append(text(LEFT - 6, y + 4, fmt.trimmed(v, 2)
                            + (i == ticks ? " Mbps" : ""), "end"));
        }
        double bw = (W - LEFT - 4.0) / bars.size();
        for (int i = 0; i < bars.size(); i++) {
            var b = bars.get(i);
            double office = mbps(b.officeDown(), b.seconds());
            double pub = mbps(b.hotspotDown(), b.seconds());
            double x = LEFT + 2 + i * bw;
            double yo = y(office, top);
            double yp = y(office + pub, top);
            var title = fmt.dateTime(b.start()) + ": " + words.office() + " " + fmt.mbps(Math.round(office * 1e6)) + ", "
                    + words.publicLabel() + " " + fmt.mbps(Math.round(pub * 1e6));
            sb.append("<g><title>").append(Html.esc(title)).append("</title>")
                    .append(rect(x, yo, bw * 0.85, H - yo, OFFICE_COLOUR))
                    .append(rect(x, yp, bw * 0.85, yo - yp, PUBLIC_COLOUR)).append("</g>");
            if (i % every == 0) {
                sb.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(H).append("\" x2=\"").append(f(x))
                        .append("\" y2=\"").append(H + 4).append("\" stroke=\"#889\"/>")
                        .append(text(x, H + 17, Html.esc(b.label()), "start"));
            }
        }
        if (capacity <= top) {
            double yc = y(capacity, top);
            sb.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(f(yc)).append("\" x2=\"").append(W)
                    .append("\" y2=\"").append(f(yc)).append("\" stroke=\"#c00\" stroke-dasharray=\"6 4\"/>")
                    .append(text(W - 4, yc - 4, Html.esc(words.capacity() + " " + fmt.rate(Math.round(capacity
                            * 1e6))), "end"));
        }
        sb.append(rect(LEFT, H + 30, 12, 12, OFFICE_COLOUR)).append(text(LEFT + 16, H + 41, Html.esc(words.office()),
                "start")).append(rect(LEFT + 190, H + 30, 12, 12, PUBLIC_COLOUR))
                .append(text(LEFT + 206, H + 41, Html.esc(words.publicLabel()), "start"));
        if (capacity > top) {
            sb.append(text(W - 4, H + 41, Html.esc(words.capacity() + " " + fmt.rate(Math.round(capacity * 1e6))
                    + " " + words.aboveScale()), "end"));
        }
        return sb.append("</svg>").toString();
    }

    /**
     * The gridline step for a scale that reaches {@code v} plus a tenth: the smallest 1, 2, 2.5 or 5 times a power
     * of ten that needs at most six steps.
     */
    static double niceStep(double v) {
        double target = v * 1.1;
        double p = Math.pow(10, Math.floor(Math.log10(target / 6)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (Math.ceil(target / (m * p) - 1e-9) <= 6) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static double mbps(long bytes, long seconds) {
        return seconds == 0 ? 0 : bytes * 8.0 / seconds / 1e6;
    }

    private static double y(double value, double top) {
        return H - (H - TOP) * value / top;
    }

    private static String rect(double x, double y, double w, double h, String fill) {
        return "<rect x=\"" + f(x) + "\" y=\"" + f(y) + "\" width=\"" + f(Math.max(0, w)) + "\" height=\""
                + f(Math.max(0, h)) + "\" fill=\"" + fill + "\"/>";
    }

    private static String text(double x, double y, String s, String anchor) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" font-size=\"12\" fill=\"#334\" text-anchor=\"" + anchor
                + "\">" + s + "</text>";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
