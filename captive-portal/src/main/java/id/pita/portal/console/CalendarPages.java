package id.pita.portal.console;

import static id.pita.portal.console.Pages.input;

import id.pita.core.calendar.HolidayKind;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import id.pita.core.format.LocalFormat;
import java.time.DayOfWeek;

/** The calendar page: weekly hours, holidays, one-off exceptions and Ramadan periods. */
final class CalendarPages {
    private final Pages pages;

    CalendarPages(Pages pages) {
        this.pages = pages;
    }

    void mount(Router r) {
        r.get("/console/calendar").blockingHandler(ConsoleRoutes.safe(pages, ctx -> page(ctx, null)), false);
        post(r, "week", "calendar.week", DistrictEdits::withWeek);
        post(r, "holidays", "calendar.holiday.add", DistrictEdits::withHoliday);
        post(r, "holiday-year", "calendar.holiday.year", DistrictEdits::withHolidayYear);
        post(r, "exceptions", "calendar.exception.add", DistrictEdits::withException);
        post(r, "ramadan", "calendar.ramadan.add", DistrictEdits::withRamadan);
        r.post("/console/calendar/:kind/:date/delete").blockingHandler(ctx -> pages.submit(ctx, "cal-delete",
                "/console/calendar", f -> pages.service.edit(pages.actor(ctx), "calendar." + ctx.pathParam("kind")
                        + ".delete",
                        "calendar", d -> DistrictEdits.withoutCalendarDate(d, ctx.pathParam("kind"),
                                new Fields(java.util.Map.of("date", ctx.pathParam("date"))).date("date"))),
                                        this::page), false);
    }

    private void post(Router r, String form, String action,
                      java.util.function.BiFunction<id.pita.core.district.District, Fields,
                              id.pita.core.district.District> edit) {
        r.post("/console/calendar/" + form).blockingHandler(ctx -> pages.submit(ctx, form, "/console/calendar",
                f -> pages.service.edit(pages.actor(ctx), action, "calendar", d -> edit.apply(d, f)), this::page),
                        false);
    }

    private void page(RoutingContext ctx, FormState st) {
        var lang = Pages.lang(ctx);
        var d = pages.service.district(pages.actor(ctx));
        var c = d.calendar();
        var fmt = LocalFormat.of(lang, d.zone());
        var sb = new StringBuilder("<section><h2>" + Html.esc(Text.t(lang, "week")) + "</h2><p class=\"muted\">"
                + Html.esc(fmt.pick("Jam kerja mingguan sekarang: ", "Working hours a week now: ")
                + fmt.trimmed(c.regular().workingMinutesPerWeek() / 60.0, 2) + fmt.pick(" jam (tanpa istirahat). "
                        + "Kosongkan mulai dan selesai untuk hari libur. Istirahat tidak mengganti rezim.",
                " h (breaks excluded). Leave start and end empty for a day off. Breaks do not switch the regime."))
                + "</p>" + Pages.error(lang, st, "week") + "<form method=\"post\" action=\"/console/calendar/week\">"
                + pages.csrf(ctx) + "<div class=\"grid\">");
        for (var day : DayOfWeek.values()) {
            var hours = c.regular().on(day);
            var span = hours.span();
            sb.append("<fieldset><legend>").append(Html.esc(fmt.dayName(day))).append("</legend>")
                    .append(input(st, "week", day + ".start", Text.t(lang, "start"), span.map(x -> x.start()
                            .toString()).orElse(""), "time"))
                    .append(input(st, "week", day + ".end", Text.t(lang, "end"), span.map(x -> x.end().toString())
                            .orElse(""), "time"));
            for (int i = 1; i <= DistrictEdits.BREAK_SLOTS; i++) {
                var b = i <= hours.breaks().size() ? hours.breaks().get(i - 1) : null;
                sb.append(input(st, "week", day + ".break" + i + ".start", fmt.pick("Istirahat " + i + " mulai",
                        "Break " + i + " start"), b == null ? "" : b.start().toString(), "time"))
                        .append(input(st, "week", day + ".break" + i + ".end", fmt.pick("Istirahat " + i + " selesai",
                                "Break " + i + " end"), b == null ? "" : b.end().toString(), "time"));
            }
            sb.append("</fieldset>");
        }
        sb.append("</div><button>").append(Html.esc(Text.t(lang, "save"))).append("</button></form></section>");
        sb.append(list(ctx, lang, "holidays", "holiday", c.holidays().stream()
                .map(h -> new String[] {h.date().toString(), fmt.date(h.date()), h.name() + " — "
                        + kind(h.kind(), fmt)}).toList()));
        sb.append(form(ctx, st, lang, "holidays", input(st, "holidays", "date", Text.t(lang, "day"), "", "date")
                + input(st, "holidays", "name", fmt.pick("Nama", "Name"), "", "text")
                + kinds(fmt)));
        sb.append("<section><h2>").append(Html.esc(fmt.pick("Daftar hari libur setahun", "A year's holiday list")))
                .append("</h2><p class=\"muted\">").append(Html.esc(fmt.pick(
                        "Tempel daftar SKB satu tahun dalam format berkas kalender (contoh di dalam kotak). "
                                + "Hari libur tahun itu diganti seluruhnya.",
                        "Paste one year's SKB list in the calendar file's format (an example is in the box). "
                                + "That year's holidays are replaced.")))
                .append("</p>").append(Pages.error(lang, st, "holiday-year"))
                .append("<form method=\"post\" action=\"/console/calendar/holiday-year\">").append(pages.csrf(ctx))
                .append("<label for=\"holiday-year-list\">").append(Html.esc(fmt.pick("Daftar (YAML)", "List (YAML)")))
                .append("</label><textarea id=\"holiday-year-list\" name=\"list\" rows=\"6\" placeholder=\"")
                .append(Html.esc("- {date: 2027-01-01, name: \"Tahun Baru 2027 Masehi\", kind: NATIONAL}\n"
                        + "- {date: 2027-03-11, name: \"Cuti Bersama Idul Fitri 1448 H\", kind: CUTI_BERSAMA}"))
                .append("\">")
                .append(Html.esc(st != null && st.form().equals("holiday-year") ? st.submitted().optional("list") : ""))
                .append("</textarea><button>").append(Html.esc(fmt.pick("Ganti daftar tahun itu", "Replace that year")))
                .append("</button></form></section>");
        sb.append(list(ctx, lang, "exceptions", "exception", c.exceptions().stream()
                .map(e -> new String[] {e.date().toString(), fmt.date(e.date()), e.reason() + " — "
                        + e.hours().span().map(x -> fmt.clock(x.start()) + "–" + fmt.clock(x.end()))
                        .orElse(fmt.pick("libur", "day off"))}).toList()));
        sb.append(form(ctx, st, lang, "exceptions", input(st, "exceptions", "date", Text.t(lang, "day"), "", "date")
                + input(st, "exceptions", "reason", fmt.pick("Alasan", "Reason"), "", "text")
                + input(st, "exceptions", "hours.start", fmt.pick("Mulai (kosong = libur)", "Start (empty = day off)"),
                        "", "time")
                + input(st, "exceptions", "hours.end", Text.t(lang, "end"), "", "time")));
        sb.append(list(ctx, lang, "ramadan", "ramadan", c.ramadan().stream()
                .map(p -> new String[] {p.first().toString(), fmt.shortDate(p.first()) + " – " + fmt.shortDate(p.last()),
                        ""}).toList()));
        sb.append(form(ctx, st, lang, "ramadan", input(st, "ramadan", "first", fmt.pick("Hari pertama", "First day"),
                "", "date")
                + input(st, "ramadan", "last", fmt.pick("Hari terakhir", "Last day"), "", "date")
                + input(st, "ramadan", "start", Text.t(lang, "start"), "08:00", "time")
                + input(st, "ramadan", "end", fmt.pick("Selesai Senin–Kamis", "End Monday–Thursday"), "15:00", "time")
                + input(st, "ramadan", "fridayEnd", fmt.pick("Selesai Jumat", "End Friday"), "15:30", "time")));
        pages.send(ctx, ctx.response().getStatusCode(), "calendar", sb.toString(), "");
    }

    static String kind(HolidayKind kind, LocalFormat fmt) {
        return kind == HolidayKind.NATIONAL ? fmt.pick("libur nasional", "national holiday")
                : fmt.pick("cuti bersama", "collective leave");
    }

    private static String kinds(LocalFormat fmt) {
        var sb = new StringBuilder("<label for=\"holidays-kind\">" + Html.esc(fmt.pick("Jenis", "Kind"))
                + "</label><select id=\"holidays-kind\" name=\"kind\">");
        for (var k : HolidayKind.values()) {
            sb.append("<option value=\"").append(k.name()).append("\">").append(Html.esc(kind(k, fmt)))
                    .append("</option>");
        }
        return sb.append("</select>").toString();
    }

    private String list(RoutingContext ctx, String lang, String title, String kind, java.util.List<String[]> rows) {
        var sb = new StringBuilder("<section><h2>" + Html.esc(Text.t(lang, title)) + "</h2><table>");
        for (var row : rows) {
            sb.append("<tr><td>").append(Html.esc(row[1])).append("</td><td>").append(Html.esc(row[2]))
                    .append("</td><td><form class=\"inline\" method=\"post\" action=\"/console/calendar/").append(kind)
                    .append('/').append(Html.esc(row[0])).append("/delete\">").append(pages.csrf(ctx))
                            .append("<button>")
                    .append(Html.esc(Text.t(lang, "delete"))).append("</button></form></td></tr>");
        }
        return sb.append("</table>").toString();
    }

    private String form(RoutingContext ctx, FormState st, String lang, String form, String inputs) {
        return Pages.error(lang, st, form) + "<form method=\"post\" action=\"/console/calendar/" + form + "\">"
                + pages.csrf(ctx) + "<div class=\"grid\">" + inputs + "</div><button>" + Html.esc(Text.t(lang, "add"))
                + "</button></form></section>";
    }
}
