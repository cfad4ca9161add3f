package id.pita.core.calendar;

import id.pita.core.Check;
import java.time.LocalTime;

/** A half-open span of local time within one day, {@code [start, end)}. */
public record TimeRange(LocalTime start, LocalTime end) {
    public TimeRange {
        Check.notNull("start", start);
        Check.notNull("end", end);
        Check.that(end.isAfter(start), "end", "must be after start (" + start + " - " + end + ")");
    }

    public boolean contains(LocalTime t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    public long minutes() {
        return java.time.Duration.between(start, end).toMinutes();
    }
}
