package id.pita.core.alert;

import java.time.Instant;
import java.util.List;

/** One source of conditions; checks are pluggable, so a new kind of trouble is a new check. */
@FunctionalInterface
public interface AlertCheck {
    /** What holds at {@code now}; an empty list when all is well. */
    List<Condition> check(Instant now);
}
