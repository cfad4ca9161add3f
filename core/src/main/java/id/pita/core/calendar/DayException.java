package id.pita.core.calendar;

import id.pita.core.Check;
import java.time.LocalDate;

/**
 * A one-off change to one date that wins over everything else: an election day off
 * ({@code hours} = {@link DayHours#OFF}) or a working Saturday.
 */
public record DayException(LocalDate date, String reason, DayHours hours) {
    public DayException {
        Check.notNull("date", date);
        Check.notBlank("reason", reason);
        Check.notNull("hours", hours);
    }
}
