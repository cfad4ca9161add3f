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
        sites = Map.copyOf(sites);
        sessions = Map.copyOf(sessions);
        warnings = List.copyOf(warnings);
    }
}
