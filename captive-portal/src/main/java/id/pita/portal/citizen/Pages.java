package id.pita.portal.citizen;

import id.pita.portal.i18n.Lang;
import id.pita.portal.i18n.Messages;
import id.pita.portal.web.Html;
import id.pita.portal.web.HtmlBytes;
import id.pita.portal.web.SecurityHeaders;
import io.vertx.core.buffer.Buffer;
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
    private final Map<Lang, SplashParts> splashParts = new EnumMap<>(Lang.class);
    /** The splash's title and heading by language and site code (at most one per hotspot's site and language). */
    private final Map<Lang, Map<String, Heading>> headings = new EnumMap<>(Lang.class);

    Pages(Messages messages) {
        this.messages = messages;
        for (var lang : Lang.values()) {
            escaped.put(lang, new ConcurrentHashMap<>());
            headings.put(lang, new ConcurrentHashMap<>());
        }
        for (var lang : Lang.values()) {
            splashParts.put(lang, splashParts(lang));
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
     * The splash: name, hours, notices, terms and the form that posts {@code u} (the gateway's URL) back. Built as
     * the bytes that are sent: the fixed parts encoded once per language, the hotspot's title, welcome and hours
     * line once per hotspot and local day (see {@link #heading}), only the request's own values escaped per call.
     * The same bytes as {@code Html.page} around the markup below (SplashBytesTest compares them).
     *
     * @param otherLangUrl the same page in the other language
     */
    Buffer splash(Lang lang, Hotspot hotspot, OpenHours hours, Instant now, String uri, String notice,
                  String otherLangUrl) {
        var fixed = splashParts.get(lang);
        var heading = heading(lang, hotspot, hours, now);
        var b = new HtmlBytes(fixed.size + heading.title.length + heading.heading.length + 2 * uri.length() + 64);
        b.raw(fixed.head).raw(heading.title).raw(fixed.styleToLangLink).text(otherLangUrl).raw(fixed.langLinkEnd)
                .raw(heading.heading);
        if (notice != null && !notice.isBlank()) {
            b.raw(ERR_START).text(notice).raw(P_END);
        }
        b.raw(fixed.terms);
        if (hours.open()) {
            b.raw(FORM_U).text(uri).raw(fixed.formLang);
            if (hotspot.voucherRequired()) {
                b.raw(fixed.voucher);
            }
            b.raw(fixed.accept);
        }
        return b.raw(SPLASH_END).buffer();
    }

    private static final byte[] ERR_START = HtmlBytes.utf8("<p class=\"err\">");
    private static final byte[] P_END = HtmlBytes.utf8("</p>");
    private static final byte[] FORM_U = HtmlBytes.utf8("<form method=\"post\" action=\"/login\">"
            + "<input type=\"hidden\" name=\"u\" value=\"");
    private static final byte[] SPLASH_END = HtmlBytes.utf8("</div></main></body></html>");

    /** The splash's fixed parts in one language, encoded once. */
    private record SplashParts(byte[] head, byte[] styleToLangLink, byte[] langLinkEnd, byte[] terms, byte[] formLang,
                               byte[] voucher, byte[] accept, int size) {
    }

    private SplashParts splashParts(Lang lang) {
        var head = HtmlBytes.utf8("<!DOCTYPE html><html lang=\"" + lang.code() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>");
        var style = HtmlBytes.utf8("</title><style>" + Html.CSS + "</style></head><body><main>"
                + "<p class=\"lang\"><a href=\"");
        var langLinkEnd = HtmlBytes.utf8("\" hreflang=\"" + text(lang, "switch.code") + "\">"
                + escapedText(lang, "switch.lang") + "</a></p>");
        var terms = HtmlBytes.utf8("<div class=\"card\"><h2>" + escapedText(lang, "terms.title")
                + "</h2><p class=\"terms\">" + escapedText(lang, "terms.text") + "</p>");
        var formLang = HtmlBytes.utf8("\">" + Html.hidden("lang", lang.code()));
        var voucher = HtmlBytes.utf8("<label>" + escapedText(lang, "voucher.label")
                + "<input type=\"text\" name=\"voucher\" autocomplete=\"off\" maxlength=\"64\" required></label>");
        var accept = HtmlBytes.utf8("<label class=\"check\"><input type=\"checkbox\" name=\"terms\" value=\"1\" required>"
                + escapedText(lang, "terms.accept") + "</label><button type=\"submit\">"
                + escapedText(lang, "button.connect") + "</button></form>");
        int size = head.length + style.length + langLinkEnd.length + terms.length + formLang.length + voucher.length
                + accept.length + FORM_U.length + SPLASH_END.length;
        return new SplashParts(head, style, langLinkEnd, terms, formLang, voucher, accept, size);
    }

    /**
     * A hotspot's escaped title and its welcome and hours line, as bytes. The hours line reads "today" or
     * "tomorrow" by the local date, so it is kept for the local day it was made in ({@code [from, until)}), and
     * only while the hotspot's name and hours are the ones it was made from.
     */
    private record Heading(String siteName, OpenHours hours, Instant from, Instant until, byte[] title,
                           byte[] heading) {
        boolean fits(String name, OpenHours now, Instant at) {
            return (hours == now || hours.equals(now)) && siteName.equals(name) && !at.isBefore(from)
                    && at.isBefore(until);
        }
    }

    Heading heading(Lang lang, Hotspot hotspot, OpenHours hours, Instant now) {
        var byCode = headings.get(lang);
        var name = hotspot.site().name();
        var known = byCode.get(hotspot.site().code());
        if (known != null && known.fits(name, hours, now)) {
            return known;
        }
        Instant from = Instant.MIN;
        Instant until = Instant.MAX;
        if (hours.nextChange() != null) {
            var zone = hours.nextChange().getZone();
            var today = now.atZone(zone).toLocalDate();
            from = today.atStartOfDay(zone).toInstant();
            until = today.plusDays(1).atStartOfDay(zone).toInstant();
        }
        var title = HtmlBytes.escaped(text(lang, "title.splash") + " " + name);
        var heading = HtmlBytes.utf8("<h1>" + Html.escape(text(lang, "splash.welcome", name)) + "</h1><p class=\""
                + (hours.open() ? "open" : "closed") + "\">" + Html.escape(hoursLine(lang, hours, now)) + "</p>");
        var made = new Heading(name, hours, from, until, title, heading);
        byCode.put(hotspot.site().code(), made);
        return made;
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
