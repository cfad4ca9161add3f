package id.pita.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Bandwidth;
import id.pita.core.district.Site;
import id.pita.core.district.SiteKind;
import id.pita.core.testing.MutableClock;
import id.pita.core.testing.PropertyCheck;
import id.pita.portal.i18n.Lang;
import id.pita.portal.i18n.Messages;
import id.pita.portal.web.Html;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The splash built from pre-encoded parts and cached headings is byte for byte the page the string templates
 * made (the reference below is that former code), and its "today"/"tomorrow" heading turns at local midnight.
 */
class SplashBytesTest {
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    /** 23:59:59 WITA on 23 November 2026. */
    private static final Instant BEFORE_MIDNIGHT = Instant.parse("2026-11-23T15:59:59Z");
    private final Messages messages = Messages.load();
    private final Pages pages = new Pages(messages);

    @Test
    void sameBytesAsTheStringTemplatesForAnyInput() {
        PropertyCheck.forAll("splash bytes", 22, 400, SplashBytesTest::input, in -> {
            var bytes = pages.splash(in.lang, in.hotspot, in.hours, in.now, in.uri, in.notice, in.other).getBytes();
            assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(reference(in));
        });
    }

    @Test
    void theHeadingTurnsFromTomorrowToTodayAtLocalMidnightOnTheInjectedClock() {
        var clock = MutableClock.at(BEFORE_MIDNIGHT);
        var hotspot = hotspot("Taman Kota", false);
        var hours = new OpenHours(true, ZonedDateTime.of(2026, 11, 24, 7, 30, 0, 0, WITA), "WITA");

        assertThat(page(hotspot, hours, clock.instant())).contains("Buka sampai besok pukul 07.30 WITA");
        clock.advance(Duration.ofMillis(999));
        assertThat(page(hotspot, hours, clock.instant())).contains("Buka sampai besok pukul 07.30 WITA");
        clock.advance(Duration.ofMillis(1));
        assertThat(page(hotspot, hours, clock.instant())).contains("Buka sampai pukul 07.30 WITA")
                .doesNotContain("besok");
        // A clock set back shows the earlier day's line again, not the cached one.
        assertThat(page(hotspot, hours, BEFORE_MIDNIGHT)).contains("Buka sampai besok pukul 07.30 WITA");
    }

    @Test
    void aChangeOfHoursOrOfTheSitesNameIsShownAtOnce() {
        var now = BEFORE_MIDNIGHT.minusSeconds(3600);
        var open = new OpenHours(true, ZonedDateTime.of(2026, 11, 23, 23, 30, 0, 0, WITA), "WITA");
        var closed = new OpenHours(false, ZonedDateTime.of(2026, 11, 24, 7, 0, 0, 0, WITA), "WITA");

        assertThat(page(hotspot("Taman Kota", false), open, now)).contains("Buka sampai pukul 23.30 WITA")
                .contains("Taman Kota").contains("name=\"terms\"");
        assertThat(page(hotspot("Taman Kota", false), closed, now)).contains("Buka besok pukul 07.00 WITA")
                .doesNotContain("name=\"terms\"");
        assertThat(page(hotspot("Taman <Baru>", false), closed, now)).contains("Taman &lt;Baru&gt;")
                .doesNotContain("Taman Kota");
    }

    private String page(Hotspot hotspot, OpenHours hours, Instant now) {
        return pages.splash(Lang.ID, hotspot, hours, now, "http://10.5.50.1/?mac=x", null, "/?lang=en").toString();
    }

    private record Input(Lang lang, Hotspot hotspot, OpenHours hours, Instant now, String uri, String notice,
                         String other) {
    }

    private static final String[] PIECES = {"a", "Z", "9", " ", "<", ">", "&", "\"", "'", "é", "ñ", "€", "日", "😀",
        "%20", "=", "?", "/", "&amp;", "\t", "\\"};

    private static String text(Random r, int max) {
        var sb = new StringBuilder();
        for (int i = PropertyCheck.between(r, 0, max); i > 0; i--) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static Input input(Random r) {
        var now = Instant.parse("2026-11-23T00:00:00Z").plusSeconds(PropertyCheck.between(r, 0, 3 * 24 * 3600));
        var next = PropertyCheck.oneOf(r, 0, 1, 2, 5);
        var nextChange = next == 0 ? null
                : now.plusSeconds(PropertyCheck.between(r, 1, next * 24 * 3600)).atZone(WITA);
        var hours = new OpenHours(r.nextBoolean(), nextChange, PropertyCheck.oneOf(r, "WIB", "WITA", "WIT"));
        var notice = PropertyCheck.oneOf(r, null, "", "  ", text(r, 8));
        var name = text(r, 6) + "x";
        return new Input(PropertyCheck.oneOf(r, Lang.values()), hotspot(name, r.nextBoolean()), hours, now,
                "http://10.5.50.1/?" + text(r, 40), notice, "/?" + text(r, 40) + "&lang=en");
    }

    private static Hotspot hotspot(String name, boolean voucher) {
        var site = new Site("taman-kota", name, SiteKind.HOTSPOT, "Tanah Grogot", Bandwidth.ZERO, Bandwidth.mbps(20, 5),
                10, false);
        return new Hotspot(PortalFixture.MIKROTIK, site, voucher);
    }

    /** The splash as Pages built it with string templates before it wrote bytes (commit a74abad). */
    private String reference(Input in) {
        var lang = in.lang;
        var hours = in.hours;
        var hotspot = in.hotspot;
        var b = new StringBuilder(4096);
        b.append("<p class=\"lang\"><a href=\"").append(Html.escape(in.other)).append("\" hreflang=\"")
                .append(messages.get(lang, "switch.code")).append("\">").append(esc(lang, "switch.lang"))
                .append("</a></p><h1>").append(Html.escape(messages.get(lang, "splash.welcome", hotspot.site().name())))
                .append("</h1><p class=\"").append(hours.open() ? "open" : "closed").append("\">")
                .append(Html.escape(pages.hoursLine(lang, hours, in.now))).append("</p>");
        if (in.notice != null && !in.notice.isBlank()) {
            b.append("<p class=\"err\">").append(Html.escape(in.notice)).append("</p>");
        }
        b.append("<div class=\"card\"><h2>").append(esc(lang, "terms.title")).append("</h2><p class=\"terms\">")
                .append(esc(lang, "terms.text")).append("</p>");
        if (hours.open()) {
            b.append("<form method=\"post\" action=\"/login\">").append(Html.hidden("u", in.uri))
                    .append(Html.hidden("lang", lang.code()));
            if (hotspot.voucherRequired()) {
                b.append("<label>").append(esc(lang, "voucher.label"))
                        .append("<input type=\"text\" name=\"voucher\" autocomplete=\"off\" maxlength=\"64\" required>")
                        .append("</label>");
            }
            b.append("<label class=\"check\"><input type=\"checkbox\" name=\"terms\" value=\"1\" required>")
                    .append(esc(lang, "terms.accept")).append("</label><button type=\"submit\">")
                    .append(esc(lang, "button.connect")).append("</button></form>");
        }
        b.append("</div>");
        return Html.page(lang, messages.get(lang, "title.splash") + " " + hotspot.site().name(), b.toString());
    }

    private String esc(Lang lang, String key) {
        return Html.escape(messages.get(lang, key));
    }
}
