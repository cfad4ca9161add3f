package id.pita.core.allocation;

import id.pita.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The input put in a canonical order, so that the plan does not depend on the order the caller listed things
 * in: offices and hotspots each sorted by code, and each hotspot's sessions in {@link SessionOrder}
 * ({@link SessionGroups}).
 */
record Prepared(List<SiteDemand> offices, List<SiteDemand> hotspots, SessionGroups sessions,
                List<String> warnings) {
    static Prepared of(AllocationInput input) {
        var sites = inCodeOrder(input.sites());
        var offices = new ArrayList<SiteDemand>();
        var hotspots = new ArrayList<SiteDemand>();
        for (var s : sites) {
            (s.site().isHotspot() ? hotspots : offices).add(s);
        }
        var codes = new String[hotspots.size()];
        for (int h = 0; h < codes.length; h++) {
            codes[h] = hotspots.get(h).site().code();
        }
        var warnings = new ArrayList<String>();
        var sessions = SessionGroups.of(SessionColumns.of(input.sessions()), new KeyTable(codes), warnings);
        return new Prepared(offices, hotspots, sessions, warnings);
    }

    /**
     * The sites sorted by code, as a stable sort by code would order them (codes are unique). Sorting the
     * records by a key extractor cost a sixth of a planning round on 10,000 sites (each comparison read two
     * records, two sites, two strings and their bytes); here each code's first eight characters are packed
     * into a long once ({@link #prefix}) and an index array is merge-sorted on those longs, comparing the
     * strings only where the prefixes are equal. Input that is in code order already is taken as it is.
     *
     * @throws InvalidValueException if a code is listed twice (the first such code in code order)
     */
    private static List<SiteDemand> inCodeOrder(List<SiteDemand> in) {
        int n = in.size();
        var codes = new String[n];
        long[] prefixes = new long[n];
        boolean ordered = true;
        for (int i = 0; i < n; i++) {
            codes[i] = in.get(i).site().code();
            prefixes[i] = prefix(codes[i]);
            ordered &= i == 0 || compare(prefixes, codes, i - 1, i) < 0;
        }
        if (ordered) {
            return in;
        }
        int[] order = sort(prefixes, codes);
        var out = new SiteDemand[n];
        for (int k = 0; k < n; k++) {
            if (k > 0 && compare(prefixes, codes, order[k - 1], order[k]) == 0) {
                throw new InvalidValueException("sites", "site code '" + codes[order[k]] + "' is listed twice");
            }
            out[k] = in.get(order[k]);
        }
        return Arrays.asList(out);
    }

    /**
     * The code's first eight characters, one byte each, the first in the top byte, zero-padded: a site code is
     * 1-64 of {@code a-z 0-9 . _ -} ({@link id.pita.core.Check#code}), all below 128 and none 0, so comparing
     * two prefixes as longs orders them as {@link String#compareTo} orders those characters, a shorter code
     * first. Characters above 255 (not a valid code) are clipped to 255, which only makes more ties.
     */
    static long prefix(String code) {
        long p = 0;
        int len = Math.min(8, code.length());
        for (int i = 0; i < len; i++) {
            p |= (long) Math.min(255, code.charAt(i)) << (56 - 8 * i);
        }
        return p;
    }

    /** Compares the codes at {@code a} and {@code b}: by prefix (unsigned), then, if equal, as strings. */
    private static int compare(long[] prefixes, String[] codes, int a, int b) {
        int c = Long.compareUnsigned(prefixes[a], prefixes[b]);
        return c != 0 ? c : codes[a].compareTo(codes[b]);
    }

    /** Indices {@code 0..n-1} in code order: a bottom-up merge sort (stable, O(n log n)). */
    private static int[] sort(long[] prefixes, String[] codes) {
        int n = codes.length;
        int[] a = new int[n];
        int[] b = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    b[k] = i < mid && (j >= hi || compare(prefixes, codes, a[i], a[j]) <= 0) ? a[i++] : a[j++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    int sessionCount() {
        return sessions.count();
    }
}
