package id.pita.core.allocation;

import id.pita.core.district.Bandwidth;
import java.util.List;
import java.util.Map;

/**
 * The plan: a rate for each class, each site (by code) and each hotspot session (by key), and
 * warnings a person should read (over-committed guarantees, a closed hotspot with sessions).
 */
public record Allocation(Bandwidth officeClass, Bandwidth hotspotClass, Map<String, Bandwidth> sites,
                         Map<String, Bandwidth> sessions, List<String> warnings) {
    public Allocation {
        sites = immutable(sites);
        sessions = immutable(sessions);
        warnings = List.copyOf(warnings);
    }

    /** The allocator's own maps are immutable already; copying 100,000 sessions again would cost milliseconds. */
    private static Map<String, Bandwidth> immutable(Map<String, Bandwidth> m) {
        return m instanceof IndexedRates ? m : Map.copyOf(m);
    }

    /**
     * The rate of session {@code i} of {@code columns}, or null when it has none: read by index when this plan was
     * made from those very columns (what the control loop does, no lookup by key), else looked up by its key.
     */
    public Bandwidth sessionRate(SessionColumns columns, int i) {
        if (sessions instanceof SessionRates r && r.columns() == columns) {
            return r.rate(i);
        }
        return sessions.get(columns.key(i));
    }
}
