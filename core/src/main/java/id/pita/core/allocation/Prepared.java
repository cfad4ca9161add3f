package id.pita.core.allocation;

import id.pita.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The input put in a canonical order, so that the plan does not depend on the order the caller listed things
 * in: offices and hotspots each sorted by code, and each hotspot's sessions in {@link SessionOrder}. Sessions at a site
 * that is unknown or not a hotspot are set aside and reported, one warning per site code.
 */
record Prepared(List<SiteDemand> offices, List<SiteDemand> hotspots, SessionDemand[][] sessionsByHotspot,
                int sessionCount, List<String> warnings) {
    static Prepared of(AllocationInput input) {
        var sites = new ArrayList<>(input.sites());
        sites.sort(Comparator.comparing(s -> s.site().code()));
        var offices = new ArrayList<SiteDemand>();
        var hotspots = new ArrayList<SiteDemand>();
        var hotspotIndex = new HashMap<String, Integer>();
        for (int i = 0; i < sites.size(); i++) {
            var s = sites.get(i);
            if (i > 0 && sites.get(i - 1).site().code().equals(s.site().code())) {
                throw new InvalidValueException("sites", "site code '" + s.site().code() + "' is listed twice");
            }
            if (s.site().isHotspot()) {
                hotspotIndex.put(s.site().code(), hotspots.size());
                hotspots.add(s);
            } else {
                offices.add(s);
            }
        }
        var warnings = new ArrayList<String>();
        var groups = group(input.sessions(), hotspotIndex, hotspots.size(), warnings);
        int count = 0;
        for (var g : groups) {
            count += g.length;
        }
        return new Prepared(offices, hotspots, groups, count, warnings);
    }

    /** Two passes over the sessions (count per hotspot, then fill) instead of growing a list per hotspot. */
    private static SessionDemand[][] group(List<SessionDemand> sessions, Map<String, Integer> hotspotIndex,
                                           int hotspots, List<String> warnings) {
        int n = sessions.size();
        int[] hotspotOf = new int[n];
        int[] counts = new int[hotspots];
        var stray = new HashMap<String, int[]>();
        for (int k = 0; k < n; k++) {
            var code = sessions.get(k).siteCode();
            var h = hotspotIndex.get(code);
            if (h == null) {
                hotspotOf[k] = -1;
                stray.computeIfAbsent(code, c -> new int[1])[0]++;
            } else {
                hotspotOf[k] = h;
                counts[h]++;
            }
        }
        stray.keySet().stream().sorted().forEach(code -> warnings.add(stray.get(code)[0] + " session(s) at site '"
                + code + "', which is not a known hotspot, got no rate"));
        var groups = new SessionDemand[hotspots][];
        for (int h = 0; h < hotspots; h++) {
            groups[h] = new SessionDemand[counts[h]];
        }
        int[] filled = new int[hotspots];
        for (int k = 0; k < n; k++) {
            int h = hotspotOf[k];
            if (h >= 0) {
                groups[h][filled[h]++] = sessions.get(k);
            }
        }
        for (int h = 0; h < hotspots; h++) {
            groups[h] = SessionOrder.canonical(groups[h]);
        }
        return groups;
    }
}
