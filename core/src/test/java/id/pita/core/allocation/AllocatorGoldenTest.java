package id.pita.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import id.pita.core.district.Bandwidth;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The allocator's decisions pinned: a digest of every rate and warning of the plan of 600 seeded random districts
 * (500 small ones with every awkward case, 100 with 200 sites and 5,000 sessions), recorded from the allocator as
 * it was before its input and result became columnar (2026-12-01, {@code allocator-golden.txt}). The columnar
 * rewrite had to plan exactly as the record-based allocator did; this keeps it so. A deliberate change of the
 * decisions regenerates the file with {@link #main} and says why in its commit.
 */
class AllocatorGoldenTest {
    private static final String FIXTURE = "allocator-golden.txt";

    @Test
    void plansEveryRecordedDistrictExactlyAsTheRecordBasedAllocatorDid() throws IOException {
        List<String> expected;
        try (InputStream in = AllocatorGoldenTest.class.getResourceAsStream(FIXTURE)) {
            expected = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
        }
        assertThat(expected).hasSize(600);
        assertThat(digests()).containsExactlyElementsOf(expected);
    }

    private static List<String> digests() {
        var out = new ArrayList<String>();
        for (long seed = 0; seed < 500; seed++) {
            out.add("small " + seed + " " + digest(Allocator.allocate(RandomDistricts.small(seed))));
        }
        for (long seed = 0; seed < 100; seed++) {
            out.add("large " + seed + " " + digest(Allocator.allocate(RandomDistricts.large(200, 5_000, seed))));
        }
        return out;
    }

    /** SHA-256 over the classes, every site's and session's rate in key order, and the warnings in order. */
    static String digest(Allocation a) {
        var text = new StringBuilder();
        text.append(a.officeClass()).append('|').append(a.hotspotClass()).append('\n');
        rates(text, a.sites());
        rates(text, a.sessions());
        a.warnings().forEach(w -> text.append(w).append('\n'));
        try {
            var sha = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 12) + " " + a.sessions().size();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rates(StringBuilder text, Map<String, Bandwidth> rates) {
        new TreeMap<>(rates).forEach((k, r) -> text.append(k).append('=').append(r.down()).append('/')
                .append(r.up()).append('\n'));
    }

    /** Regenerates the fixture: {@code args[0]} is the file to write (the one under src/test/resources). */
    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), digests(), StandardCharsets.US_ASCII);
    }
}
