package id.pita.portal.console;

import id.pita.core.calendar.Regime;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.District;
import id.pita.core.format.LocalFormat;
import id.pita.portal.auth.Actor;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's live figures, formatted once by the one formatter: the page renders them, and the Server-Sent
 * Events stream sends the same map so a script only swaps texts and bar widths (it formats nothing itself).
 *
 * @param texts    element key to text, e.g. {@code poolDown} to {@code 54 Mbps}
 * @param widths   bar key to a width in percent of its scale (0 to 100)
 * @param warnings the banner's lines
 */
record LiveFigures(Map<String, String> texts, Map<String, Double> widths, List<String> warnings) {
    LiveFigures {
        texts = Map.copyOf(texts);
        widths = Map.copyOf(widths);
        warnings = List.copyOf(warnings);
    }

    static LiveFigures of(District d, id.pita.core.calendar.WorkCalendar calendar, LiveSnapshot live, Actor actor,
                          Instant now, LocalFormat fmt) {
        var t = new LinkedHashMap<String, String>();
        var w = new LinkedHashMap<String, Double>();
        var lang = fmt.lang();
        var regime = live.regime().regime();
        t.put("regime", Text.t(lang, regime.name()));
        var note = live.regime().note();
        t.put("regimeNote", note.equalsIgnoreCase(Text.t("id", regime.name())) || note.equalsIgnoreCase(
                Text.t(lang, regime.name())) ? "" : note);
        var next = live.regime().nextBoundary();
        var other = regime == Regime.OFFICE_HOURS ? Regime.AFTER_HOURS : Regime.OFFICE_HOURS;
        t.put("next", next.map(b -> fmt.when(b, now)).orElse("—"));
        t.put("nextDetail", next.map(b -> fmt.pick("lalu ", "then ") + Text.t(lang, other.name()).toLowerCase()
                + fmt.pick(", dalam ", ", in ") + fmt.duration(Duration.between(now, b))).orElse(""));
        var cap = d.pool().capacity();
        var use = live.officeUse().plus(live.hotspotUse());
        t.put("poolDown", fmt.rate(use.down()));
        t.put("poolUp", fmt.rate(use.up()));
        t.put("poolDownPct", fmt.percent(ratio(use.down(), cap.down())));
        t.put("poolUpPct", fmt.percent(ratio(use.up(), cap.up())));
        w.put("poolDown", pct(use.down(), cap.down()));
        w.put("poolUp", pct(use.up(), cap.up()));
        live.measuredUplink().ifPresent(u -> {
            long backup = UplinkText.mbps(d.pool().backup().down());
            t.put("uplink", UplinkText.figure(u, backup, fmt));
            t.put("uplinkDetail", UplinkText.reading(u, fmt, now));
            t.put("uplinkSentence", UplinkText.sentence(u, backup, fmt, now).orElse(""));
        });
        var policy = d.policies().get(regime);
        classFigures(t, w, "office", live.officeUse(), live.officeAllocation(), cap, policy == null ? null
                : policy.office(), fmt);
        classFigures(t, w, "hotspot", live.hotspotUse(), live.hotspotAllocation(), cap, policy == null ? null
                : policy.hotspot(), fmt);
        for (var s : live.sites()) {
            if (!actor.canSee(s.siteCode())) {
                continue;
            }
            long scale = d.site(s.siteCode()).map(x -> x.ceiling().down()).orElse(s.allocation().down());
            scale = Math.max(scale, Math.max(s.allocation().down(), s.use().down()));
            var k = "site." + s.siteCode();
            t.put(k + ".use", fmt.rate(s.use().down()));
            t.put(k + ".alloc", fmt.rate(s.allocation().down()));
            t.put(k + ".pct", fmt.percent(ratio(s.use().down(), s.allocation().down())));
            w.put(k + ".use", pct(s.use().down(), scale));
            w.put(k + ".alloc", pct(s.allocation().down(), scale));
        }
        for (var h : live.hotspots()) {
            if (actor.canSee(h.siteCode())) {
                t.put("gw." + h.gatewayId() + ".sessions", fmt.integer(h.sessions()));
                t.put("gw." + h.gatewayId() + ".state", Text.t(lang, h.open() ? "open" : "closed"));
            }
        }
        return new LiveFigures(t, w, ConsoleWarnings.of(d, calendar, live, now, fmt));
    }

    private static void classFigures(Map<String, String> t, Map<String, Double> w, String key, Bandwidth use,
                                     Bandwidth allocation, Bandwidth cap, id.pita.core.district.ClassShare share,
                                     LocalFormat fmt) {
        t.put(key + ".use", fmt.rate(use.down()));
        t.put(key + ".usePct", fmt.percent(ratio(use.down(), cap.down())));
        t.put(key + ".alloc", fmt.rate(allocation.down()));
        t.put(key + ".share", share == null ? "—" : fmt.percent(share.guaranteed()) + " – "
                + fmt.percent(share.ceiling()));
        w.put(key + ".use", pct(use.down(), cap.down()));
        w.put(key + ".alloc", pct(allocation.down(), cap.down()));
        w.put(key + ".guaranteed", share == null ? 0 : 100 * share.guaranteed());
        w.put(key + ".ceiling", share == null ? 100 : 100 * share.ceiling());
    }

    String text(String key) {
        return texts.getOrDefault(key, "—");
    }

    double width(String key) {
        return widths.getOrDefault(key, 0.0);
    }

    JsonObject json() {
        return new JsonObject().put("texts", new JsonObject(new LinkedHashMap<>(texts)))
                .put("widths", new JsonObject(new LinkedHashMap<>(widths))).put("warnings", new JsonArray(warnings));
    }

    static double ratio(long part, long whole) {
        return whole <= 0 ? 0 : (double) part / whole;
    }

    private static double pct(long part, long whole) {
        return Math.round(Math.min(1, ratio(part, whole)) * 1000) / 10.0;
    }
}
