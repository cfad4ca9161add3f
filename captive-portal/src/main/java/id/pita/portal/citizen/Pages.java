package id.pita.portal.citizen;

import id.pita.portal.i18n.Lang;
import id.pita.portal.i18n.Messages;
import id.pita.portal.web.Html;
import id.pita.portal.web.SecurityHeaders;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The citizen pages as HTML strings: every inserted value escaped, no script but the pinned auto-submit. */
final class Pages {
    private static final DateTimeFormatter TIME_ID = DateTimeFormatter.ofPattern("HH.mm");
    private static final DateTimeFormatter TIME_EN = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M");

    private final Messages messages;
    /** Escaped fixed texts by language and key: the splash shows the same long terms on every request. */
    private final Map<Lang, Map<String, String>> escaped = new EnumMap<>(Lang.class);

    Pages(Messages messages) {
        this.messages = messages;
        for (var lang : Lang.values()) {
            escaped.put(lang, new ConcurrentHashMap<>());
        }
    }

    /** A message without arguments, escaped for HTML, computed once (messages are immutable). */
    private String escapedText(Lang lang, String key) {
        return escaped.get(lang).computeIfAbsent(key, k -> Html.escape(text(lang, k)));
    }

    String text(Lang lang, String key, Object... args) {
        return messages.get(lang, key, args);
    }

    /**
     * The splash: name, hours, notices, terms and the form that posts {@code u} (the gateway's URL) back.
     *
     * @param otherLangUrl the same page in the other language
     */
    String splash(Lang lang, Hotspot hotspot, OpenHours hours, Instant now, String uri, String notice,
                  String otherLangUrl) {
        var b = new StringBuilder(4096);
        b.append("<p class=\"lang\"><a href=\"").append(Html.escape(otherLangUrl)).append("\" hreflang=\"")
                .append(text(lang, "switch.code")).append("\">").append(escapedText(lang, "switch.lang"))
                .append("</a></p><h1>").append(Html.escape(text(lang, "splash.welcome", hotspot.site().name())))
                .append("</h1><p class=\"").append(hours.open() ? "open" : "closed").append("\">")
                .append(Html.escape(hoursLine(lang, hours, now))).append("</p>");
        if (notice != null && !notice.isBlank()) {
            b.append("<p class=\"err\">").append(Html.escape(notice)).append("</p>");
        }
        b.append("<div class=\"card\"><h2>").append(escapedText(lang, "terms.title")).append("</h2><p class=\"terms\">")
                .append(escapedText(lang, "terms.text")).append("</p>");
        if (hours.open()) {
            b.append("<form method=\"post\" action=\"/login\">").append(Html.hidden("u", uri))
                    .append(Html.hidden("lang", lang.code()));
            if (hotspot.voucherRequired()) {
                b.append("<label>").append(escapedText(lang, "voucher.label"))
                        .append("<input type=\"text\" name=\"voucher\" autocomplete=\"off\" maxlength=\"64\" required>")
                        .append("</label>");
            }
            b.append("<label class=\"check\"><input type=\"checkbox\" name=\"terms\" value=\"1\" required>")
                    .append(escapedText(lang, "terms.accept")).append("</label><button type=\"submit\">")
                    .append(escapedText(lang, "button.connect")).append("</button></form>");
        }
        b.append("</div>");
        return Html.page(lang, text(lang, "title.splash") + " " + hotspot.site().name(), b.toString());
    }

    /** "Buka sampai pukul 07.30 WITA"; "besok" or a date when the change is not today. */
    String hoursLine(Lang lang, OpenHours hours, Instant now) {
        var next = hours.nextChange();
        var state = hours.open() ? "hours.open-until" : "hours.closed-until";
        if (next == null) {
            return text(lang, hours.open() ? "hours.open-always" : "hours.closed");
        }
        var time = next.format(lang == Lang.EN ? TIME_EN : TIME_ID);
        var today = now.atZone(next.getZone()).toLocalDate();
        if (next.toLocalDate().equals(today)) {
            return text(lang, state, time, hours.zoneLabel());
        }
        if (next.toLocalDate().equals(today.plusDays(1))) {
            return text(lang, state + "-tomorrow", time, hours.zoneLabel());
        }
        return text(lang, state + "-date", time, hours.zoneLabel(), next.format(DATE));
    }

    /** The gateway login form, submitted by the pinned script, or by the visible button without JavaScript. */
    String autoSubmit(Lang lang, String action, Map<String, String> fields) {
        var b = new StringBuilder(1024);
        b.append("<h1>").append(escapedText(lang, "continue.title")).append("</h1><p>")
                .append(escapedText(lang, "continue.text")).append("</p><form id=\"gw\" method=\"post\" action=\"")
                .append(Html.escape(action)).append("\">");
        fields.forEach((k, v) -> b.append(Html.hidden(k, v)));
        b.append("<button type=\"submit\">").append(escapedText(lang, "button.continue"))
                .append("</button></form><script>").append(SecurityHeaders.AUTO_SUBMIT_SCRIPT).append("</script>");
        return Html.page(lang, text(lang, "continue.title"), b.toString());
    }

    /**
     * The gateway login as a form the citizen submits with a visible button, no script: for an HTTPS portal
     * whose router logs in over plain http (a mixed-content form, which browsers warn about).
     */
    String pressToContinue(Lang lang, String action, Map<String, String> fields) {
        var b = new StringBuilder(1024);
        b.append("<h1>").append(escapedText(lang, "continue.title")).append("</h1><p>")
                .append(escapedText(lang, "continue.press")).append("</p><form id=\"gw\" method=\"post\" action=\"")
                .append(Html.escape(action)).append("\">");
        fields.forEach((k, v) -> b.append(Html.hidden(k, v)));
        b.append("<button type=\"submit\" autofocus>").append(escapedText(lang, "button.continue"))
                .append("</button></form><p class=\"terms\">").append(escapedText(lang, "continue.insecure"))
                .append("</p>");
        return Html.page(lang, text(lang, "continue.title"), b.toString());
    }

    /** Time and data left today, and a way out. */
    String status(Lang lang, DeviceAllowance allowance, String logoutUrl, String notice) {
        var b = new StringBuilder(1024);
        b.append("<h1>").append(escapedText(lang, "status.title")).append("</h1>");
        if (notice != null) {
            b.append("<p>").append(Html.escape(notice)).append("</p>");
        }
        b.append("<p class=\"").append(allowance.online() ? "open\">" : "closed\">")
                .append(Html.escape(text(lang, allowance.online() ? "status.online" : "status.offline")))
                .append("</p><div class=\"card\"><dl><dt>").append(escapedText(lang, "status.time-left"))
                .append("</dt><dd>").append(Html.escape(duration(lang, allowance.secondsLeft()))).append("</dd><dt>")
                .append(escapedText(lang, "status.data-left")).append("</dt><dd>")
                .append(Html.escape(bytes(lang, allowance.bytesLeft()))).append("</dd></dl></div>");
        if (allowance.throttledTo() > 0) {
            b.append("<p class=\"closed\">").append(Html.escape(text(lang, "status.throttled",
                    speed(allowance.throttledTo()), allowance.resetsAt()))).append("</p>");
        }
        if (logoutUrl != null && !logoutUrl.isEmpty()) {
            b.append("<p><a href=\"").append(Html.escape(logoutUrl)).append("\">")
                    .append(escapedText(lang, "status.logout")).append("</a></p>");
        }
        return Html.page(lang, text(lang, "status.title"), b.toString());
    }

    /** The neutral answer to a status request Pita cannot tie to the device asking: says nothing of any device. */
    String privateStatus(Lang lang) {
        var b = new StringBuilder(512);
        b.append("<h1>").append(escapedText(lang, "status.title")).append("</h1><p>")
                .append(escapedText(lang, "status.private")).append("</p>");
        return Html.page(lang, text(lang, "status.title"), b.toString());
    }

    /** {@code 256 kbit/s}, {@code 2 Mbit/s}. */
    static String speed(long bps) {
        return bps >= 1_000_000 && bps % 1_000_000 == 0 ? bps / 1_000_000 + " Mbit/s"
                : bps >= 1_000_000 ? String.format(Locale.ROOT, "%.1f Mbit/s", bps / 1e6)
                : Math.max(1, Math.round(bps / 1e3)) + " kbit/s";
    }

    String duration(Lang lang, long seconds) {
        if (seconds == DeviceAllowance.UNLIMITED) {
            return text(lang, "status.unlimited");
        }
        return text(lang, "status.duration", seconds / 3600, (seconds % 3600) / 60);
    }

    String bytes(Lang lang, long bytes) {
        if (bytes == DeviceAllowance.UNLIMITED) {
            return text(lang, "status.unlimited");
        }
        var locale = lang == Lang.EN ? Locale.ENGLISH : Locale.forLanguageTag("id");
        if (bytes >= 1_000_000_000L) {
            return String.format(locale, "%.1f GB", bytes / 1e9);
        }
        return String.format(locale, "%.0f MB", bytes / 1e6);
    }
}
