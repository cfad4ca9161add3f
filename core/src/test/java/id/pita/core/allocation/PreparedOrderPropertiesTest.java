package id.pita.core.allocation;

import static id.pita.core.testing.PropertyCheck.between;
import static id.pita.core.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pita.core.InvalidValueException;
import id.pita.core.district.Bandwidth;
import id.pita.core.district.Site;
import id.pita.core.district.SiteKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Prepared} orders sites by packed code prefixes and a merge sort instead of sorting the records by code
 * with a comparator (the way it did before 2026-12-01): these properties check it against that old way, on codes
 * built to share long prefixes, to be prefixes of one another and to differ only after the eighth character.
 */
class PreparedOrderPropertiesTest {
    private static final String[] STEMS = {"", "a", "hs-", "hs-taman", "hs-taman-", "kantor.dinas_", "0", "z9"};

    @Test
    void ordersSitesAsTheOldComparatorSortDid() {
        forAll("orders sites as the old comparator sort did", 1601L, 400, PreparedOrderPropertiesTest::sites,
                sites -> {
                    var shuffled = new ArrayList<>(sites);
                    Collections.shuffle(shuffled, new Random(sites.size()));
                    var prepared = Prepared.of(input(shuffled));
                    var old = new ArrayList<>(shuffled);
                    old.sort(Comparator.comparing(s -> s.site().code()));
                    assertThat(prepared.offices()).isEqualTo(old.stream().filter(s -> !s.site().isHotspot()).toList());
                    assertThat(prepared.hotspots()).isEqualTo(old.stream().filter(s -> s.site().isHotspot()).toList());
                });
    }

    @Test
    void plansTheSameWhateverOrderTheSitesCameIn() {
        // Sites already in code order take the fast path; shuffled ones the sort: both must give the same plan.
        forAll("plans the same whatever order the sites came in", 1602L, 300, Random::nextLong, seed -> {
            var in = RandomDistricts.small(seed);
            var sorted = new ArrayList<>(in.sites());
            sorted.sort(Comparator.comparing(s -> s.site().code()));
            var shuffled = new ArrayList<>(in.sites());
            Collections.shuffle(shuffled, new Random(seed));
            var a = Allocator.allocate(new AllocationInput(in.pool(), in.policy(), in.citizenPlan(), sorted,
                    in.sessions()));
            var b = Allocator.allocate(new AllocationInput(in.pool(), in.policy(), in.citizenPlan(), shuffled,
                    in.sessions()));
            assertThat(b).isEqualTo(a);
            assertThat(List.copyOf(b.sites().keySet())).isEqualTo(List.copyOf(a.sites().keySet()));
        });
    }

    @Test
    void namesTheFirstCodeListedTwiceAsTheOldSortDid() {
        forAll("names the first code listed twice", 1603L, 300, PreparedOrderPropertiesTest::sites, sites -> {
            var r = new Random(sites.size() * 31L);
            var twice = new ArrayList<>(sites);
            twice.add(site(sites.get(r.nextInt(sites.size())).site().code(), r));
            twice.add(site(sites.get(r.nextInt(sites.size())).site().code(), r));
            Collections.shuffle(twice, r);
            var old = new ArrayList<>(twice);
            old.sort(Comparator.comparing(s -> s.site().code()));
            String first = null;
            for (int i = 1; i < old.size() && first == null; i++) {
                if (old.get(i - 1).site().code().equals(old.get(i).site().code())) {
                    first = old.get(i).site().code();
                }
            }
            assertThatThrownBy(() -> Prepared.of(input(twice))).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("site code '" + first + "' is listed twice");
        });
    }

    @Test
    void prefixesOrderAsTheCodesDo() {
        forAll("prefixes order as the codes do", 1604L, 2000, r -> List.of(code(r), code(r)), pair -> {
            String a = pair.get(0);
            String b = pair.get(1);
            int byPrefix = Long.compareUnsigned(Prepared.prefix(a), Prepared.prefix(b));
            if (byPrefix != 0) {
                assertThat(Integer.signum(byPrefix)).isEqualTo(Integer.signum(a.compareTo(b)));
            } else {
                assertThat(a.substring(0, Math.min(8, a.length()))).isEqualTo(b.substring(0, Math.min(8, b.length())));
            }
        });
    }

    private static List<SiteDemand> sites(Random r) {
        int n = between(r, 1, 60);
        var codes = new java.util.TreeSet<String>();
        while (codes.size() < n) {
            codes.add(code(r));
        }
        var out = new ArrayList<SiteDemand>();
        for (var c : codes) {
            out.add(site(c, r));
        }
        return out;
    }

    /** A valid site code: a stem that many codes share, then 0-10 more characters of the code alphabet. */
    private static String code(Random r) {
        var sb = new StringBuilder(STEMS[r.nextInt(STEMS.length)]);
        String alphabet = "abz09.-_";
        int more = between(r, sb.length() == 0 ? 1 : 0, 10);
        for (int i = 0; i < more; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        if (!Character.isLetterOrDigit(sb.charAt(0))) {
            sb.setCharAt(0, 'q');
        }
        return sb.toString();
    }

    private static SiteDemand site(String code, Random r) {
        var ceiling = new Bandwidth(between(r, 1L, 1_000_000L), between(r, 1L, 1_000_000L));
        var site = new Site(code, code, r.nextBoolean() ? SiteKind.HOTSPOT : SiteKind.OFFICE, "", Bandwidth.ZERO,
                ceiling, between(r, 1, 10), false);
        return new SiteDemand(site, ceiling, Bandwidth.ZERO);
    }

    private static AllocationInput input(List<SiteDemand> sites) {
        var in = RandomDistricts.small(7L);
        return new AllocationInput(in.pool(), in.policy(), in.citizenPlan(), sites, List.of());
    }
}
