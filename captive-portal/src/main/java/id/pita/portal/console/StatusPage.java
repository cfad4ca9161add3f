package id.pita.portal.console;

import id.pita.core.format.LocalFormat;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** The public status page's body, rendered from the open-data object by the one formatter. */
final class StatusPage {
    private StatusPage() {
    }

    static String render(JsonObject s, LocalFormat fmt, Instant now) {
        var lang = fmt.lang();
        var sb = new StringBuilder("<section><p class=\"big\">").append(Html.esc(Text.t(lang, s.getString("regime"))))
                .append("</p>");
        var next = s.getJsonObject("nextSwitch");
        if (next != null) {
            var at = Instant.parse(next.getString("at"));
            var when = fmt.when(at, now).replaceFirst("^at ", "");
            var sentence = "OFFICE_HOURS".equals(next.getString("regime"))
                    ? fmt.pick("Mulai " + when + " kapasitas kembali diutamakan untuk kantor",
                    "From " + when + " the capacity goes back to the offices first")
                    : fmt.pick("Mulai " + when + " kapasitas kantor dibuka untuk publik",
                    "From " + when + " the offices' capacity opens to the public");
            sb.append("<p id=\"next-switch\">").append(Html.esc(capitalised(sentence))).append(".</p>");
        }
        sb.append("<p class=\"muted\">").append(Html.esc(fmt.pick("Diperbarui ", "Updated ") + fmt.dateTime(now)))
                .append("</p></section>");
        sb.append(hotspots(s, fmt, now)).append(released(s, fmt));
        sb.append("<section><h2>").append(Html.esc(fmt.pick("Data terbuka", "Open data"))).append("</h2><p>")
                .append(Html.esc(fmt.pick("Angka yang sama untuk diunduh: ", "The same figures to download: ")))
                .append("<a href=\"/api/v1/public/status\">JSON</a> · <a href=\"/api/v1/public/status.csv\">CSV</a>")
                .append("</p></section>");
        return sb.toString();
    }

    private static String hotspots(JsonObject s, LocalFormat fmt, Instant now) {
        var lang = fmt.lang();
        var sb = new StringBuilder("<section><h2>" + Html.esc(fmt.pick("Hotspot", "Hotspots")) + "</h2><table><tr><th>"
                + Html.esc(Text.t(lang, "hotspot")) + "</th><th>" + Html.esc(Text.t(lang, "state")) + "</th><th>"
                + Html.esc(fmt.pick("Jam buka hari ini", "Open today")) + "</th><th>"
                + Html.esc(fmt.pick("Sesi hari ini", "Sessions today")) + "</th></tr>");
        for (var o : s.getJsonArray("hotspots")) {
            var h = (JsonObject) o;
            var change = h.getString("changesAt");
            var state = h.getBoolean("open")
                    ? Text.t(lang, "open") + (change == null ? "" : fmt.pick(", tutup ", ", closes ")
                    + fmt.when(Instant.parse(change), now))
                    : Text.t(lang, "closed") + (change == null ? "" : fmt.pick(", buka ", ", opens ")
                    + fmt.when(Instant.parse(change), now));
            sb.append("<tr><td>").append(Html.esc(h.getString("site"))).append("<br><small class=\"muted\">")
                    .append(Html.esc(h.getString("area"))).append("</small></td><td data-open=\"")
                    .append(h.getBoolean("open")).append("\">").append(Html.esc(state)).append("</td><td>")
                    .append(Html.esc(spans(h, s.getString("zoneLabel"), fmt))).append("</td><td data-sessions=\"")
                    .append(Html.esc(h.getString("code"))).append("\">").append(Html.esc(fmt.integer(
                            h.getLong("sessionsToday")))).append("</td></tr>");
        }
        return sb.append("</table></section>").toString();
    }

    private static String spans(JsonObject h, String zoneLabel, LocalFormat fmt) {
        var spans = h.getJsonArray("hoursToday");
        if (spans.isEmpty()) {
            return fmt.pick("tutup sepanjang hari", "closed all day");
        }
        var sb = new StringBuilder();
        for (int i = 0; i < spans.size(); i++) {
            var span = spans.getJsonObject(i);
            sb.append(i == 0 ? "" : fmt.pick(" dan ", " and ")).append(local(span.getString("from"), fmt)).append("–")
                    .append(local(span.getString("to"), fmt));
        }
        return sb.append(' ').append(zoneLabel).toString();
    }

    private static String local(String hhmm, LocalFormat fmt) {
        return fmt.isEnglish() ? hhmm : hhmm.replace(':', '.');
    }

    private static String released(JsonObject s, LocalFormat fmt) {
        var sb = new StringBuilder("<section><h2>" + Html.esc(fmt.pick("Kapasitas untuk publik",
                "Capacity for the public")) + "</h2><p class=\"muted\">" + Html.esc(fmt.pick(
                "Dilepas: kapasitas unduh langganan yang tidak dipakai kantor di luar jam kerja, dihitung per jam yang "
                        + "sudah lewat. Dipakai: data yang benar-benar dipakai warga di hotspot.",
                "Released: the paid download capacity the offices left unused after hours, counted over the hours "
                        + "completed. Used: data citizens actually moved at the hotspots.")) + "</p><table><tr><th>"
                + Html.esc(fmt.pick("Periode", "Period")) + "</th><th>" + Html.esc(fmt.pick("Dilepas ke publik",
                "Released to the public")) + "</th><th>" + Html.esc(fmt.pick("Bagian kapasitas", "Share of capacity"))
                + "</th><th>" + Html.esc(fmt.pick("Dipakai publik", "Used by the public")) + "</th><th>"
                + Html.esc(fmt.pick("Bagian lalu lintas", "Share of traffic")) + "</th></tr>");
        for (var key : new String[] {"today", "month"}) {
            var p = s.getJsonObject(key);
            var label = key.equals("today") ? fmt.pick("Hari ini", "Today")
                    : fmt.month(java.time.YearMonth.parse(p.getString("period")));
            sb.append("<tr data-period=\"").append(key).append("\"><td>").append(Html.esc(label)).append("</td><td>")
                    .append(Html.esc(fmt.gigabytes(p.getLong("releasedBytes")))).append("</td><td>")
                    .append(Html.esc(fmt.percent(p.getDouble("releasedShareOfCapacity")))).append("</td><td>")
                    .append(Html.esc(fmt.gigabytes(p.getLong("publicBytes")))).append("</td><td>")
                    .append(Html.esc(fmt.percent(p.getDouble("publicShareOfTraffic")))).append("</td></tr>");
        }
        return sb.append("</table></section>").toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
