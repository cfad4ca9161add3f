package id.pita.core.calendar;

import id.pita.core.Check;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;

/** Office hours for each weekday; a missing day is a day off. */
public record WeeklyHours(Map<DayOfWeek, DayHours> days) {
    public WeeklyHours {
        Check.notNull("days", days);
        var copy = new EnumMap<DayOfWeek, DayHours>(DayOfWeek.class);
        for (var d : DayOfWeek.values()) {
            copy.put(d, days.getOrDefault(d, DayHours.OFF));
        }
        days = Map.copyOf(copy);
    }

    public DayHours on(DayOfWeek day) {
        return days.get(day);
    }

    public long workingMinutesPerWeek() {
        return days.values().stream().mapToLong(DayHours::workingMinutes).sum();
    }
}
