package id.pita.core.alert;

import id.pita.core.Check;
import java.time.Instant;

/**
 * An edge to tell people about.
 *
 * @param since when the condition was first seen
 * @param at    when this event happened
 */
public record AlertEvent(Type type, Condition condition, Instant since, Instant at) {
    /** First notice, a reminder while it lasts, and the notice that it is over. */
    public enum Type { FIRING, REMINDER, RESOLVED }

    public AlertEvent {
        Check.notNull("type", type);
        Check.notNull("condition", condition);
        Check.notNull("since", since);
        Check.notNull("at", at);
    }
}
