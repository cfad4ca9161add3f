package id.pita.portal.console;

import id.pita.core.calendar.HolidayYear;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A national holiday year as JSON, for the audit log. */
final class HolidayJson {
    private HolidayJson() {
    }

    static JsonObject year(HolidayYear y) {
        var holidays = new JsonArray();
        y.holidays().forEach(h -> holidays.add(new JsonObject().put("date", h.date().toString()).put("name", h.name())
                .put("kind", h.kind().name()).put("provisional", h.provisional())));
        var ramadan = new JsonArray();
        y.ramadan().forEach(r -> ramadan.add(new JsonObject().put("first", r.first().toString())
                .put("last", r.last().toString()).put("provisional", r.provisional())));
        return new JsonObject().put("year", y.year()).put("confirmed", y.confirmed()).put("source", y.source())
                .put("ramadan", ramadan).put("holidays", holidays);
    }
}
