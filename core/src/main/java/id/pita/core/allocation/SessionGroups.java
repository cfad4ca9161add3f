package id.pita.core.allocation;

import id.pita.core.InvalidValueException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sessions at known hotspots, grouped: {@code kept} are their indexes into the {@link SessionColumns} (in input
 * order), and {@code order} is where hotspot {@code h}'s sessions are {@code order[start[h], start[h + 1])} in
 * {@link SessionOrder}. Sessions at a site that is not a known hotspot are left out and reported, one warning per
 * site code. Each distinct site code is looked up once, not once per session: a pass over the sessions reads only
 * the columns' primitive arrays.
 */
record SessionGroups(SessionColumns columns, int[] kept, long[] order, int[] start) {
    /** @throws InvalidValueException if two sessions at known hotspots have the same key */
    static SessionGroups of(SessionColumns input, KeyTable hotspots, List<String> warnings) {
        var codes = input.siteCodes();
        int[] hotspotOfSite = new int[codes.length];
        for (int c = 0; c < codes.length; c++) {
            hotspotOfSite[c] = hotspots.indexOf(codes[c]);
        }
        int n = input.size();
        int[] siteOf = input.siteOf();
        int[] hotspotOf = new int[n];
        int[] start = new int[hotspots.size() + 1];
        int[] strays = new int[codes.length];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int h = hotspotOfSite[siteOf[i]];
            hotspotOf[i] = h;
            if (h < 0) {
                strays[siteOf[i]]++;
            } else {
                start[h + 1]++;
                m++;
            }
        }
        strayWarnings(codes, strays, warnings);
        int[] kept = kept(hotspotOf, m);
        for (int h = 0; h + 1 < start.length; h++) {
            start[h + 1] += start[h];
        }
        try {
            long[] order = SessionOrder.grouped(input.keys(), input.hashes(), kept, hotspotOf, start);
            return new SessionGroups(input, kept, order, start);
        } catch (IllegalArgumentException duplicate) {
            throw new InvalidValueException("sessions", "a key is listed twice (" + duplicate.getMessage() + ")");
        }
    }

    private static void strayWarnings(String[] codes, int[] strays, List<String> warnings) {
        Map<String, Integer> stray = new TreeMap<>();
        for (int c = 0; c < codes.length; c++) {
            if (strays[c] > 0) {
                stray.put(codes[c], strays[c]);
            }
        }
        stray.forEach((code, count) -> warnings.add(count + " session(s) at site '" + code
                + "', which is not a known hotspot, got no rate"));
    }

    private static int[] kept(int[] hotspotOf, int m) {
        int[] kept = new int[m];
        int j = 0;
        for (int i = 0; j < m; i++) {
            if (hotspotOf[i] >= 0) {
                kept[j++] = i;
            }
        }
        return kept;
    }

    /** Sessions at known hotspots (the ones that get a rate). */
    int count() {
        return kept.length;
    }

    int groups() {
        return start.length - 1;
    }
}
