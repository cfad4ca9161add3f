package id.pita.core.allocation;

import id.pita.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The input put in a canonical order, so that the plan does not depend on the order the caller listed things
 * in: offices and hotspots each sorted by code, and each hotspot's sessions in {@link SessionOrder}
 * ({@link SessionGroups}).
 */
record Prepared(List<SiteDemand> offices, List<SiteDemand> hotspots, SessionGroups sessions,
                List<String> warnings) {
    static Prepared of(AllocationInput input) {
        var sites = new ArrayList<>(input.sites());
        sites.sort(Comparator.comparing(s -> s.site().code()));
        var offices = new ArrayList<SiteDemand>();
        var hotspots = new ArrayList<SiteDemand>();
        for (int i = 0; i < sites.size(); i++) {
            var s = sites.get(i);
            if (i > 0 && sites.get(i - 1).site().code().equals(s.site().code())) {
                throw new InvalidValueException("sites", "site code '" + s.site().code() + "' is listed twice");
            }
            (s.site().isHotspot() ? hotspots : offices).add(s);
        }
        var codes = new String[hotspots.size()];
        for (int h = 0; h < codes.length; h++) {
            codes[h] = hotspots.get(h).site().code();
        }
        var warnings = new ArrayList<String>();
        var sessions = SessionGroups.of(input.sessions(), new KeyTable(codes), warnings);
        return new Prepared(offices, hotspots, sessions, warnings);
    }

    int sessionCount() {
        return sessions.count();
    }
}
