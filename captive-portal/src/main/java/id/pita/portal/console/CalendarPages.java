package id.pita.portal.console;

import static id.pita.portal.console.Pages.input;

import id.pita.core.calendar.HolidayKind;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
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
        var c = pages.service.district(pages.actor(ctx)).calendar();
        var sb = new StringBuilder("<p><a href=\"" + HolidayPages.PATH + "\">" + Html.esc(Text.t(lang, "nationalHolidays"))
                + "</a></p><section><h2>" + Html.esc(Text.t(lang, "week")) + "</h2>" + Pages.error(lang, st,
                "week")
                + "<form method=\"post\" action=\"/console/calendar/week\">" + pages.csrf(ctx)
                        + "<div class=\"grid\">");
        for (var day : DayOfWeek.values()) {
            var span = c.regular().on(day).span();
            sb.append("<div><b>").append(day).append("</b>")
                    .append(input(st, "week", day + ".start", "Mulai / start", span.map(s -> s.start().toString())
                            .orElse(""), "time"))
                    .append(input(st, "week", day + ".end", "Selesai / end", span.map(s -> s.end().toString())
                            .orElse(""), "time"))
                    .append("</div>");
        }
        sb.append("</div><button>").append(Html.esc(Text.t(lang, "save"))).append("</button></form></section>");
        sb.append(list(ctx, lang, "holidays", "holiday", c.holidays().stream()
                .map(h -> new String[] {h.date().toString(), h.name() + " (" + h.kind() + ")"}).toList()));
        sb.append(form(ctx, st, lang, "holidays", input(st, "holidays", "date", "Tanggal / date", "", "date")
                + input(st, "holidays", "name", "Nama / name", "", "text")
                + Pages.select("kind", "Jenis / kind", HolidayKind.NATIONAL, HolidayKind.values())));
        sb.append(list(ctx, lang, "exceptions", "exception", c.exceptions().stream()
                .map(e -> new String[] {e.date().toString(), e.reason()}).toList()));
        sb.append(form(ctx, st, lang, "exceptions", input(st, "exceptions", "date", "Tanggal / date", "", "date")
                + input(st, "exceptions", "reason", "Alasan / reason", "", "text")
                + input(st, "exceptions", "hours.start", "Mulai (kosong = libur)", "", "time")
                + input(st, "exceptions", "hours.end", "Selesai", "", "time")));
        sb.append(list(ctx, lang, "ramadan", "ramadan", c.ramadan().stream()
                .map(p -> new String[] {p.first().toString(), p.first() + " – " + p.last()}).toList()));
        sb.append(form(ctx, st, lang, "ramadan", input(st, "ramadan", "first", "Hari pertama / first day", "", "date")
                + input(st, "ramadan", "last", "Hari terakhir / last day", "", "date")
                + input(st, "ramadan", "start", "Mulai / start", "08:00", "time")
                + input(st, "ramadan", "end", "Selesai Senin-Kamis", "15:00", "time")
                + input(st, "ramadan", "fridayEnd", "Selesai Jumat", "15:30", "time")));
        pages.send(ctx, ctx.response().getStatusCode(), "calendar", sb.toString(), "");
    }

    private String list(RoutingContext ctx, String lang, String title, String kind, java.util.List<String[]> rows) {
        var sb = new StringBuilder("<section><h2>" + Html.esc(Text.t(lang, title)) + "</h2><table>");
        for (var row : rows) {
            sb.append("<tr><td>").append(Html.esc(row[0])).append("</td><td>").append(Html.esc(row[1]))
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
