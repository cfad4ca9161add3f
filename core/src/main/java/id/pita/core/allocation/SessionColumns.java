package id.pita.core.allocation;

import id.pita.core.Check;
import id.pita.core.district.Bandwidth;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A planning round's sessions as columns: each session's key (and its hash), the index of its site code among the
 * distinct codes, and its demand down and up as longs, all index-aligned. The control loop fills a {@link Builder}
 * once a round while it has each session at hand; the allocator then reads only primitive arrays, where reading
 * 100,000 {@link SessionDemand} records scattered over the heap cost a quarter of a round. Immutable; as a
 * {@code List} it reads as the {@link SessionDemand}s it was built from (each {@link #get} makes one), so that
 * {@link AllocationInput#sessions()} stays what it was for callers that want records.
 */
public final class SessionColumns extends AbstractList<SessionDemand> implements RandomAccess {
    private static final SessionColumns EMPTY = new Builder(0).build();

    private final String[] keys;
    private final int[] hashes;
    private final int[] siteOf;
    private final String[] siteCodes;
    private final long[] down;
    private final long[] up;

    private SessionColumns(String[] keys, int[] hashes, int[] siteOf, String[] siteCodes, long[] down, long[] up) {
        this.keys = keys;
        this.hashes = hashes;
        this.siteOf = siteOf;
        this.siteCodes = siteCodes;
        this.down = down;
        this.up = up;
    }

    /** The same sessions as columns, in the same order; {@code sessions} itself when it is columns already. */
    public static SessionColumns of(List<SessionDemand> sessions) {
        if (sessions instanceof SessionColumns c) {
            return c;
        }
        Check.noNulls("sessions", sessions);
        var b = new Builder(sessions.size());
        for (var s : sessions) {
            b.add(s.sessionKey(), s.siteCode(), s.demand().down(), s.demand().up());
        }
        return b.build();
    }

    public static SessionColumns empty() {
        return EMPTY;
    }

    public static Builder builder(int expected) {
        return new Builder(expected);
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public SessionDemand get(int i) {
        return new SessionDemand(keys[i], siteCode(i), new Bandwidth(down[i], up[i]));
    }

    public String key(int i) {
        return keys[i];
    }

    public String siteCode(int i) {
        return siteCodes[siteOf[i]];
    }

    int[] hashes() {
        return hashes;
    }

    String[] keys() {
        return keys;
    }

    /** Session i's site is {@code siteCodes()[siteOf()[i]]}. */
    int[] siteOf() {
        return siteOf;
    }

    /** The distinct site codes, in the order they first occur. */
    String[] siteCodes() {
        return siteCodes;
    }

    long[] down() {
        return down;
    }

    long[] up() {
        return up;
    }

    /** Fills the columns one session at a time; not thread-safe; {@link #build} once. */
    public static final class Builder {
        private final Map<String, Integer> sites = new HashMap<>();
        private String[] siteCodes = new String[16];
        private String lastCode;
        private int lastSite;
        private String[] keys;
        private int[] hashes;
        private int[] siteOf;
        private long[] down;
        private long[] up;
        private int n;

        private Builder(int expected) {
            int c = Math.max(0, expected);
            keys = new String[c];
            hashes = new int[c];
            siteOf = new int[c];
            down = new long[c];
            up = new long[c];
        }

        /** Adds one session; {@code SessionDemand}'s rules: key and site code not blank, demand not negative. */
        public Builder add(String sessionKey, String siteCode, long demandDown, long demandUp) {
            Check.notBlank("sessionKey", sessionKey);
            if (n == keys.length) {
                grow();
            }
            Check.nonNegative("down", demandDown);
            Check.nonNegative("up", demandUp);
            siteOf[n] = site(siteCode);
            keys[n] = sessionKey;
            hashes[n] = sessionKey.hashCode();
            down[n] = demandDown;
            up[n++] = demandUp;
            return this;
        }

        public Builder add(String sessionKey, String siteCode, Bandwidth demand) {
            Check.notNull("demand", demand);
            return add(sessionKey, siteCode, demand.down(), demand.up());
        }

        /** Sessions come in runs at one site often: the same code (the same String) as last time costs no lookup. */
        private int site(String code) {
            if (lastCode == null || code != lastCode) {
                Check.notBlank("siteCode", code);
                Integer known = sites.get(code);
                if (known == null) {
                    known = sites.size();
                    sites.put(code, known);
                    if (known == siteCodes.length) {
                        siteCodes = Arrays.copyOf(siteCodes, 2 * known);
                    }
                    siteCodes[known] = code;
                }
                lastCode = code;
                lastSite = known;
            }
            return lastSite;
        }

        private void grow() {
            int c = Math.max(16, 2 * keys.length);
            keys = Arrays.copyOf(keys, c);
            hashes = Arrays.copyOf(hashes, c);
            siteOf = Arrays.copyOf(siteOf, c);
            down = Arrays.copyOf(down, c);
            up = Arrays.copyOf(up, c);
        }

        public SessionColumns build() {
            var codes = Arrays.copyOf(siteCodes, sites.size());
            if (n == keys.length) {
                return new SessionColumns(keys, hashes, siteOf, codes, down, up);
            }
            return new SessionColumns(Arrays.copyOf(keys, n), Arrays.copyOf(hashes, n), Arrays.copyOf(siteOf, n),
                    codes, Arrays.copyOf(down, n), Arrays.copyOf(up, n));
        }
    }
}
