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
        var offices = new ArrayList<SiteDemand>(sites.size());
        var hotspots = new ArrayList<SiteDemand>(sites.size());
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
     * into a long once ({@link #prefix}) and an index array is radix-sorted on those longs, comparing the
     * strings only where the prefixes are equal ({@link #sort}). Input that is in code order already is taken as it
     * is.
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

    /**
     * Indices {@code 0..n-1} in code order: a stable LSD radix sort on the prefixes, a byte a pass (a pass whose
     * byte is the same for all is skipped), then each run of equal prefixes sorted by the whole code. The merge sort
     * it replaced, with its comparisons, was 9 % of a round in a profile (2026-12-01).
     */
    private static int[] sort(long[] prefixes, String[] codes) {
        int n = codes.length;
        int[] a = new int[n];
        int[] b = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[][] count = new int[8][257];
        for (long p : prefixes) {
            for (int d = 0; d < 8; d++) {
                count[d][digit(p, d) + 1]++;
            }
        }
        for (int d = 0; d < 8; d++) {
            int[] c = count[d];
            if (c[digit(prefixes[0], d) + 1] == n) {
                continue;
            }
            for (int r = 0; r < 256; r++) {
                c[r + 1] += c[r];
            }
            for (int k = 0; k < n; k++) {
                b[c[digit(prefixes[a[k]], d)]++] = a[k];
            }
            int[] t = a;
            a = b;
            b = t;
        }
        byWholeCodeWhereThePrefixesTie(a, prefixes, codes);
        return a;
    }

    private static int digit(long prefix, int d) {
        return (int) (prefix >>> (8 * d)) & 0xFF;
    }

    private static void byWholeCodeWhereThePrefixesTie(int[] order, long[] prefixes, String[] codes) {
        for (int first = 0; first < order.length; ) {
            int end = first + 1;
            while (end < order.length && prefixes[order[end]] == prefixes[order[first]]) {
                end++;
            }
            if (end - first > 1) {
                var tied = new Integer[end - first];
                for (int j = 0; j < tied.length; j++) {
                    tied[j] = order[first + j];
                }
                Arrays.sort(tied, (x, y) -> codes[x].compareTo(codes[y]));
                for (int j = 0; j < tied.length; j++) {
                    order[first + j] = tied[j];
                }
            }
            first = end;
        }
    }

    int sessionCount() {
        return sessions.count();
    }
}
