package id.pita.core.calendar;

import id.pita.core.Check;
import java.util.List;
import java.util.Optional;

/**
 * One day's office hours: the span, and breaks inside it (lunch, the longer Friday-prayer break).
 * Breaks count for the weekly-hours total but do not switch the regime: the office keeps its link
 * over lunch, and switching twice more a day would only churn CoA pushes. An empty {@code span}
 * means no office hours that day.
 */
public record DayHours(Optional<TimeRange> span, List<TimeRange> breaks) {
    public static final DayHours OFF = new DayHours(Optional.empty(), List.of());

    public DayHours {
        Check.notNull("span", span);
        Check.noNulls("breaks", breaks);
        breaks = List.copyOf(breaks);
        Check.that(span.isPresent() || breaks.isEmpty(), "breaks", "a day off has no breaks");
        for (int i = 0; i < breaks.size(); i++) {
            var b = breaks.get(i);
            var s = span.orElseThrow();
            Check.that(!b.start().isBefore(s.start()) && !b.end().isAfter(s.end()), "breaks[" + i + "]",
                    "must lie within the working span " + s.start() + "-" + s.end());
        }
    }

    public static DayHours of(TimeRange span, TimeRange... breaks) {
        return new DayHours(Optional.of(span), List.of(breaks));
    }

    public boolean isWorkingDay() {
        return span.isPresent();
    }

    /** Minutes worked: the span less its breaks. */
    public long workingMinutes() {
        return span.map(s -> s.minutes() - breaks.stream().mapToLong(TimeRange::minutes).sum()).orElse(0L);
    }
}
