package id.pita.engine.access;

import id.pita.core.calendar.RegimeState;
import id.pita.core.calendar.ZoneLabels;
import id.pita.core.district.District;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * When the public hotspots next close or open, found by walking the calendar's regime boundaries
 * and asking each regime's policy. Pure; thread-safe.
 */
public final class HotspotHours {
    /** Boundaries to walk before giving up: two a day for a week and a bit covers any real calendar. */
    static final int MAX_BOUNDARIES = 16;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M", Locale.ROOT);

    private HotspotHours() {
    }

    public static boolean openAt(District district, RegimeState state) {
        return district.policy(state.regime()).hotspotsOpen();
    }

    /** The first boundary after {@code now} into a regime whose hotspots are closed; empty if none is known. */
    public static Optional<Instant> nextClosing(RegimeSource regimes, District district, Instant now) {
        return nextWhere(regimes, district, now, false);
    }

    /** The first boundary after {@code now} into a regime whose hotspots are open; empty if none is known. */
    public static Optional<Instant> nextOpening(RegimeSource regimes, District district, Instant now) {
        return nextWhere(regimes, district, now, true);
    }

    private static Optional<Instant> nextWhere(RegimeSource regimes, District district, Instant now, boolean open) {
        var state = regimes.at(now);
        for (int i = 0; i < MAX_BOUNDARIES && state.nextBoundary().isPresent(); i++) {
            var boundary = state.nextBoundary().get();
            state = regimes.at(boundary);
            if (openAt(district, state) == open) {
                return Optional.of(boundary);
            }
        }
        return Optional.empty();
    }

    /**
     * Indonesia's zone names by UTC offset at that instant: WIB (+7: Asia/Jakarta, Asia/Pontianak),
     * WITA (+8: Asia/Makassar), WIT (+9: Asia/Jayapura); other zones by their id.
     */
    public static String zoneLabel(ZoneId zone, Instant at) {
        return ZoneLabels.indonesian(zone.getRules().getOffset(at)).orElse(zone.getId());
    }

    /** "16.00 WITA" on the same local day, "besok 07.30 WIB" tomorrow, "24/11 16.00 WITA" later. */
    public static String localTime(Instant at, Instant now, ZoneId zone) {
        var local = at.atZone(zone);
        var today = now.atZone(zone).toLocalDate();
        var time = TIME.format(local) + " " + zoneLabel(zone, at);
        if (local.toLocalDate().equals(today)) {
            return time;
        }
        return (local.toLocalDate().equals(today.plusDays(1)) ? "besok " : DATE.format(local) + " ") + time;
    }
}
