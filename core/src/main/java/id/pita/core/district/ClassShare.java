package id.pita.core.district;

import id.pita.core.Check;

/**
 * How much of the pool one class (all offices, or all hotspots) is guaranteed and may reach, as
 * fractions of the pool, and its weight against the other class for spare capacity.
 */
public record ClassShare(double guaranteed, double ceiling, int weight) {
    public ClassShare {
        Check.fraction("guaranteed", guaranteed);
        Check.fraction("ceiling", ceiling);
        Check.that(guaranteed <= ceiling, "guaranteed", "must not exceed ceiling (" + guaranteed + " > " + ceiling + ")");
        Check.inRange("weight", weight, 1, 1000);
    }
}
