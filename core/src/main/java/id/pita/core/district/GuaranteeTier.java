package id.pita.core.district;

import java.util.Locale;
import java.util.Optional;

/**
 * Who keeps a guarantee first when the effective pool cannot carry them all: always-on offices (RSUD, command
 * centre), then the other offices' guarantees, then the hotspots' (the default order; a district file may
 * state another under {@code pool.tiers}).
 */
public enum GuaranteeTier {
    ALWAYS_ON("alwaysOn"), OFFICE("office"), HOTSPOT("hotspot");

    private final String key;

    GuaranteeTier(String key) {
        this.key = key;
    }

    /** The name used in district files. */
    public String key() {
        return key;
    }

    public static GuaranteeTier of(Site site) {
        return site.isHotspot() ? HOTSPOT : site.alwaysOn() ? ALWAYS_ON : OFFICE;
    }

    public static Optional<GuaranteeTier> byKey(String key) {
        for (var t : values()) {
            if (t.key.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
