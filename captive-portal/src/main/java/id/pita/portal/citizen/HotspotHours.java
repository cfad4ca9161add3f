package id.pita.portal.citizen;

import id.pita.core.district.Site;
import java.time.Instant;

/** Whether a hotspot is open at an instant, and when that changes. Thread-safe; never blocks long. */
@FunctionalInterface
public interface HotspotHours {
    OpenHours at(Site site, Instant now);
}
