package id.pita.core.alert;

import id.pita.core.Check;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the conditions of successive checks into alert edges. A condition fires once it has held for its
 * kind's hold time (pool saturation "for N minutes"; zero for the others), is reminded of every
 * {@code reminder} while it holds, and is resolved when a check no longer reports it (a condition that goes
 * before it fired is forgotten without a word). Time only moves with the {@code now} passed in. Thread-safe.
 */
public final class AlertEngine {
    private final Duration reminder;
    private final Map<AlertKind, Duration> hold;
    private final Map<String, Tracked> tracked = new LinkedHashMap<>();

    /** A firing alert, for dashboards: the latest condition and since when it holds. */
    public record Active(Condition condition, Instant since) {
    }

    private static final class Tracked {
        Condition condition;
        final Instant since;
        Instant lastSent;

        Tracked(Condition condition, Instant since) {
            this.condition = condition;
            this.since = since;
        }
    }

    public AlertEngine(Duration reminder, Map<AlertKind, Duration> hold) {
        Check.notNull("reminder", reminder);
        Check.that(!reminder.isNegative() && !reminder.isZero(), "reminder", "must be positive");
        this.reminder = reminder;
        this.hold = new EnumMap<>(AlertKind.class);
        this.hold.putAll(hold);
    }

    /** Takes the conditions that hold at {@code now} and returns the edges, firings first, then reminders, then recoveries. */
    public synchronized List<AlertEvent> step(Instant now, Collection<Condition> present) {
        var firing = new ArrayList<AlertEvent>();
        var reminders = new ArrayList<AlertEvent>();
        var seen = new java.util.HashSet<String>();
        for (var c : present) {
            if (!seen.add(c.key())) {
                continue;
            }
            var t = tracked.computeIfAbsent(c.key(), k -> new Tracked(c, now));
            t.condition = c;
            if (t.lastSent == null) {
                if (!now.isBefore(t.since.plus(hold.getOrDefault(c.kind(), Duration.ZERO)))) {
                    t.lastSent = now;
                    firing.add(new AlertEvent(AlertEvent.Type.FIRING, c, t.since, now));
                }
            } else if (!now.isBefore(t.lastSent.plus(reminder))) {
                t.lastSent = now;
                reminders.add(new AlertEvent(AlertEvent.Type.REMINDER, c, t.since, now));
            }
        }
        var resolved = new ArrayList<AlertEvent>();
        for (var it = tracked.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            if (!seen.contains(e.getKey())) {
                if (e.getValue().lastSent != null) {
                    resolved.add(new AlertEvent(AlertEvent.Type.RESOLVED, e.getValue().condition, e.getValue().since,
                            now));
                }
                it.remove();
            }
        }
        var out = new ArrayList<AlertEvent>(firing);
        out.addAll(reminders);
        out.addAll(resolved);
        return out;
    }

    /** The alerts that have fired and still hold, oldest first. */
    public synchronized List<Active> active() {
        var out = new ArrayList<Active>();
        tracked.values().stream().filter(t -> t.lastSent != null).forEach(t -> out.add(new Active(t.condition, t.since)));
        return out;
    }
}
