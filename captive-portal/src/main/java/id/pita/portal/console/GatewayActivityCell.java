package id.pita.portal.console;

import id.pita.core.district.Gateway;
import id.pita.core.district.Vendor;
import id.pita.core.session.GatewayActivity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The "last activity" cell of a gateway on the console's gateway page: last Access-Request, accounting
 * and CoA acknowledged in the district's zone, and the faults they reveal, with what to do about them.
 */
final class GatewayActivityCell {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private GatewayActivityCell() {
    }

    static String html(String lang, Gateway g, GatewayActivity a, Instant now, ZoneId zone, Duration interim) {
        var activity = a == null ? GatewayActivity.none(g.id()) : a;
        var sb = new StringBuilder()
                .append(line(lang, "gwAccess", activity.lastAccessRequest(), zone))
                .append("<br>").append(line(lang, "gwAccounting", activity.lastAccounting(), zone))
                .append("<br>").append(line(lang, "gwCoa", activity.lastCoaAck(), zone));
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

    private static String line(String lang, String key, Optional<Instant> at, ZoneId zone) {
        return Html.esc(Text.t(lang, key)) + ": " + at.map(t -> Html.esc(TIME.format(t.atZone(zone))))
                .orElse(Html.esc(Text.t(lang, "gwNever")));
    }
}
