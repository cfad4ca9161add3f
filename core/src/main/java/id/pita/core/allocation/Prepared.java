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

    private static SessionDemand[][] group(List<SessionDemand> sessions, Map<String, Integer> hotspotIndex,
                                           int hotspots, List<String> warnings) {
        var lists = new ArrayList<List<SessionDemand>>(hotspots);
        for (int h = 0; h < hotspots; h++) {
            lists.add(new ArrayList<>());
        }
        var stray = new HashMap<String, Integer>();
        for (var s : sessions) {
            var h = hotspotIndex.get(s.siteCode());
            if (h == null) {
                stray.merge(s.siteCode(), 1, Integer::sum);
            } else {
                lists.get(h).add(s);
            }
        }
        stray.keySet().stream().sorted().forEach(code -> warnings.add(stray.get(code) + " session(s) at site '"
                + code + "', which is not a known hotspot, got no rate"));
        var groups = new SessionDemand[hotspots][];
        for (int h = 0; h < hotspots; h++) {
            groups[h] = SessionOrder.canonical(lists.get(h).toArray(new SessionDemand[0]));
        }
        return groups;
    }
}
