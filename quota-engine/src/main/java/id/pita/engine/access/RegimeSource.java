package id.pita.engine.access;

import id.pita.core.calendar.RegimeCalendar;
import id.pita.core.calendar.RegimeState;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Port: which regime holds at an instant, and until when. Production code wraps the district's
 * {@link RegimeCalendar} (which may be replaced live when Diskominfo edits the calendar); tests pass a
 * fixed timetable. Implementations are thread-safe.
 */
@FunctionalInterface
public interface RegimeSource {
    RegimeState at(Instant instant);

    /** Reads the current calendar on every call, so an edited calendar applies at once. */
    static RegimeSource of(Supplier<RegimeCalendar> calendar) {
        return instant -> calendar.get().at(instant);
    }
}
