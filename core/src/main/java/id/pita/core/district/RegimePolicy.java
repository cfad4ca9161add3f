package id.pita.core.district;

import id.pita.core.Check;
import id.pita.core.calendar.Regime;

/**
 * How the pool splits between the office class and the hotspot class under one regime, and whether
 * the public hotspots are open at all.
 */
public record RegimePolicy(Regime regime, ClassShare office, ClassShare hotspot, boolean hotspotsOpen) {
    public RegimePolicy {
        Check.notNull("regime", regime);
        Check.notNull("office", office);
        Check.notNull("hotspot", hotspot);
        Check.that(office.guaranteed() + hotspot.guaranteed() <= 1.0 + 1e-9, "office.guaranteed",
                "office and hotspot guarantees together must not exceed the pool ("
                        + (office.guaranteed() + hotspot.guaranteed()) + " > 1)");
    }
}
