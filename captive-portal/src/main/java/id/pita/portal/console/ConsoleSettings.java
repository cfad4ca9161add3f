package id.pita.portal.console;

import id.pita.core.Check;
import java.time.Duration;

/**
 * The console's rules that a district may tune.
 *
 * @param boostMaxDuration  the longest boost an OPD may request ({@code console.boostMaxDuration})
 * @param singleAdmin       the district has one admin, who may then approve their own boost requests
 *                          ({@code console.singleAdmin}; off by default: nobody approves their own request)
 */
public record ConsoleSettings(Duration boostMaxDuration, boolean singleAdmin) {
    public ConsoleSettings {
        Check.notNull("console.boostMaxDuration", boostMaxDuration);
    }

    public static ConsoleSettings defaults() {
        return new ConsoleSettings(Duration.ofHours(12), false);
    }
}
