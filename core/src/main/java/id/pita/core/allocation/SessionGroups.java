package id.pita.core.allocation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sessions at known hotspots as columns, in input order (key, key hash, demand down and up), read from the
 * input in one sequential pass so that later passes touch only primitive arrays; and {@code order}, where
 * hotspot {@code h}'s sessions are {@code order[start[h], start[h + 1])} in {@link SessionOrder}. Sessions at a
 * site that is not a known hotspot are left out and reported, one warning per site code.
 */
record SessionGroups(String[] keys, int[] hashes, long[] down, long[] up, long[] order, int[] start) {
    static SessionGroups of(List<SessionDemand> input, KeyTable hotspots, List<String> warnings) {
        int n = input.size();
        var keys = new String[n];
        int[] hashes = new int[n];
        long[] down = new long[n];
        long[] up = new long[n];
        int[] hotspotOf = new int[n];
        int[] start = new int[hotspots.size() + 1];
        Map<String, Integer> stray = new TreeMap<>();
        int m = 0;
        for (var s : input) {
            int h = hotspots.indexOf(s.siteCode());
            if (h < 0) {
                stray.merge(s.siteCode(), 1, Integer::sum);
                continue;
            }
            keys[m] = s.sessionKey();
            hashes[m] = keys[m].hashCode();
            down[m] = s.demand().down();
            up[m] = s.demand().up();
            hotspotOf[m++] = h;
            start[h + 1]++;
        }
        stray.forEach((code, count) -> warnings.add(count + " session(s) at site '" + code
                + "', which is not a known hotspot, got no rate"));
        return grouped(keys, hashes, down, up, hotspotOf, start, m);
    }

    /** Turns the counts per hotspot into offsets, orders each group and trims the columns to the m sessions kept. */
    private static SessionGroups grouped(String[] keys, int[] hashes, long[] down, long[] up, int[] hotspotOf,
                                         int[] start, int m) {
        for (int h = 0; h + 1 < start.length; h++) {
            start[h + 1] += start[h];
        }
        long[] order = SessionOrder.grouped(keys, hashes, hotspotOf, start);
        if (m < keys.length) {
            return new SessionGroups(Arrays.copyOf(keys, m), Arrays.copyOf(hashes, m), Arrays.copyOf(down, m),
                    Arrays.copyOf(up, m), order, start);
        }
        return new SessionGroups(keys, hashes, down, up, order, start);
    }

    int count() {
        return keys.length;
    }

    int groups() {
        return start.length - 1;
    }
}
