package id.pita.core.calendar;

import java.time.ZoneOffset;
import java.util.Optional;

/** How Indonesians name their three time zones, by UTC offset: WIB (+7), WITA (+8), WIT (+9). */
public final class ZoneLabels {
    private ZoneLabels() {
    }

    /** WIB, WITA or WIT for those offsets; empty for any other (the caller picks its own fallback). */
    public static Optional<String> indonesian(ZoneOffset offset) {
        return switch (offset.getTotalSeconds()) {
            case 7 * 3600 -> Optional.of("WIB");
            case 8 * 3600 -> Optional.of("WITA");
            case 9 * 3600 -> Optional.of("WIT");
            default -> Optional.empty();
        };
    }
}
