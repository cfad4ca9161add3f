package id.pita.portal.citizen;

import id.pita.core.district.Site;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers each hotspot's {@link OpenHours} for the splash and login, which ask on every request: the answer
 * comes from a search of the district's calendar, and stays the same until its {@code nextChange}. An answer is
 * reused only for instants from when it was computed up to that change, and for at most {@code maxAge}, so a
 * district or calendar reloaded meanwhile shows within that time. Thread-safe; never blocks.
 */
final class HoursCache implements HotspotHours {
    private final HotspotHours source;
    private final Duration maxAge;
    private final Map<String, Entry> bySite = new ConcurrentHashMap<>();

    private record Entry(Instant from, Instant until, OpenHours hours) {
        boolean covers(Instant now) {
            return !now.isBefore(from) && now.isBefore(until);
        }
    }

    HoursCache(HotspotHours source, Duration maxAge) {
        this.source = source;
        this.maxAge = maxAge;
    }

    @Override
    public OpenHours at(Site site, Instant now) {
        var known = bySite.get(site.code());
        if (known != null && known.covers(now)) {
            return known.hours();
        }
        var hours = source.at(site, now);
        var until = now.plus(maxAge);
        if (hours.nextChange() != null && hours.nextChange().toInstant().isBefore(until)) {
            until = hours.nextChange().toInstant();
        }
        bySite.put(site.code(), new Entry(now, until, hours));
        return hours;
    }
}
