package id.pita.portal.console;

import id.pita.core.district.Gateway;
import id.pita.core.district.Vendor;
import id.pita.core.session.GatewayActivity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The "last activity" cell of a gateway on the console's gateway page: last Access-Request, accounting
 * and CoA acknowledged in the district's zone, and the faults they reveal, with what to do about them.
 */
final class GatewayActivityCell {
    private GatewayActivityCell() {
    }

    static String html(String lang, Gateway g, GatewayActivity a, Instant now, ZoneId zone, Duration interim) {
        var activity = a == null ? GatewayActivity.none(g.id()) : a;
        var sb = new StringBuilder()
                .append(line(lang, "gwAccess", activity.lastAccessRequest(), zone, now))
                .append("<br>").append(line(lang, "gwAccounting", activity.lastAccounting(), zone, now))
                .append("<br>").append(line(lang, "gwCoa", activity.lastCoaAck(), zone, now));
        if (activity.authenticatesWithoutAccounting(now, interim)) {
            sb.append("<br><span class=\"err\">⚠ ").append(Html.esc(Text.t(lang, "gwNoAccounting"))).append("</span>");
        }
        if (activity.unsignedRequests() > 0) {
            sb.append("<br><span class=\"err\">⚠ ").append(activity.unsignedRequests()).append(' ')
                    .append(Html.esc(Text.t(lang, "gwUnsigned")));
            if (g.vendor() == Vendor.MIKROTIK) {
                sb.append(' ').append(Html.esc(Text.t(lang, "gwRouterOsAdvice")));
            }
            sb.append("</span>");
        }
        return sb.toString();
    }

    private static String line(String lang, String key, Optional<Instant> at, ZoneId zone, Instant now) {
        var fmt = id.pita.core.format.LocalFormat.of(lang, zone);
        return Html.esc(Text.t(lang, key)) + ": " + at.map(t -> Html.esc(fmt.when(t, now)))
                .orElse(Html.esc(Text.t(lang, "gwNever")));
    }

    /** The latest of the gateway's Access-Request, accounting and CoA acknowledgement. */
    static Optional<Instant> lastSeen(GatewayActivity a) {
        return java.util.stream.Stream.of(a.lastAccessRequest(), a.lastAccounting(), a.lastCoaAck())
                .flatMap(Optional::stream).max(Instant::compareTo);
    }

    /** The faults the activity reveals, as short sentences (for the dashboard's health table). */
    static String faults(String lang, Gateway g, GatewayActivity a, Instant now, Duration interim) {
        var out = new StringBuilder();
        if (a.authenticatesWithoutAccounting(now, interim)) {
            out.append(Text.t(lang, "gwNoAccounting"));
        }
        if (a.unsignedRequests() > 0) {
            out.append(out.length() == 0 ? "" : " ").append(a.unsignedRequests()).append(' ')
                    .append(Text.t(lang, "gwUnsigned"));
        }
        return out.toString();
    }
}
