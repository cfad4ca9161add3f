package id.pita.portal.citizen;

import id.pita.core.Check;
import java.time.ZonedDateTime;

/**
 * A hotspot's state now.
 *
 * @param open       whether citizens may log in now
 * @param nextChange local time (the district's zone) when it closes (if open) or opens (if closed); null when
 *                   that never happens in the calendar's horizon (open around the clock, or closed for good)
 * @param zoneLabel  the zone as Indonesians write it: {@code WIB}, {@code WITA} or {@code WIT}
 */
public record OpenHours(boolean open, ZonedDateTime nextChange, String zoneLabel) {
    public OpenHours {
        Check.notBlank("zoneLabel", zoneLabel);
    }
}
