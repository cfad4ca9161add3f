package id.pita.portal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulated year (issue 17) in {@code mvn verify}: 26 February to 2 April 2027 on a clock 50,000 times as fast
 * (Ramadan's last days, Nyepi on 8 March, Idul Fitri on 9-10 March, Good Friday, two exceptions, the turns into
 * March and April), then 30 October to 4 November, when the warning for 2028's missing list is due (60 days ahead,
 * from 2 November). {@code scripts/simulate-year} runs the same with {@code -Dpita.year.from=2027-01-01
 * -Dpita.year.to=2028-01-08}: the whole year and the turn into 2028.
 */
class SimulatedYearIT {
    @TempDir
    Path dir;

    @Test
    void everyHoursRegimeIsTheOraclesMemoryIsFlatAndRetentionBoundsTheStore() throws Exception {
        var from = LocalDate.parse(System.getProperty("pita.year.from", "2027-02-26"));
        var to = LocalDate.parse(System.getProperty("pita.year.to", "2027-04-02"));
        var retention = Duration.ofDays(Long.getLong("pita.year.retentionDays", 7));
        var r = SimulatedYear.run(new SimulatedYear.Options(from, to,
                Double.parseDouble(System.getProperty("pita.year.speed", "50000")), retention,
                Integer.getInteger("pita.year.recordsPerSecond", 150), dir.resolve("run")));
        var report = SimulatedYear.report(r, "Simulated " + from + " to " + to);
        System.out.println(report);
        var out = System.getProperty("pita.year.report");
        if (out != null) {
            Files.writeString(Path.of(out), report);
        }

        assertThat(r.hoursChecked()).isEqualTo(r.hours());
        assertThat(r.hourMismatches()).as("hours whose live regime is not the oracle's").isEmpty();
        assertThat(r.mismatches()).as("plans whose regime is not the oracle's").isEmpty();
        // The loop ran throughout: a round in most hours (a simulated hour is 72 ms real at 50,000x, so a
        // loaded machine (load 20 on 2 cores) stalls the loop thread over some; the report lists them).
        assertThat(r.uncoveredHours().size()).as("hours without a control round").isLessThanOrEqualTo(r.hours() / 4);
        assertThat(r.transitionsSeen()).as("regime changes between plans: each boundary once, none undone")
                .isEqualTo(r.transitionsExpected());
        // A boundary brings the next round forward to it: half of them are planned within one period.
        assertThat(r.boundaryDelay(0.5)).as("median time from a boundary to its first plan")
                .isLessThanOrEqualTo(SimulatedYear.PERIOD);
        assertThat(r.healthMismatches()).as("days /health disagrees with the oracle on the calendar warning")
                .isEmpty();
        assertThat(r.recordsUnanswered()).as("accounting records never acknowledged").isZero();
        assertThat(r.recordsAcked()).isPositive();
        assertFlatAndBounded(r, retention);
    }

    @Test
    void theWarningForAMissingNextYearIsRaisedSixtyDaysAhead() throws Exception {
        var r = SimulatedYear.run(new SimulatedYear.Options(LocalDate.parse("2027-10-30"),
                LocalDate.parse("2027-11-05"), 50_000, Duration.ofDays(7), 50, dir.resolve("november")));
        System.out.println(SimulatedYear.report(r, "Simulated 2027-10-30 to 2027-11-05"));
        assertThat(r.healthChecks()).isGreaterThanOrEqualTo(5);
        assertThat(r.healthMismatches()).isEmpty();
        assertThat(r.hourMismatches()).isEmpty();
        assertThat(r.firstWarning()).as("first day /health warns that 2028 has no list")
                .isEqualTo(LocalDate.parse("2027-11-02"));
        assertThat(r.mismatches()).isEmpty();
    }

    /**
     * Heap after a full GC: no sample after the first week more than 10 % (and 4 MB) above the first week's. The
     * store, once the retention period has passed: no accounting record older than retention plus one simulated day
     * (the hourly purge runs at most once a real second), and no more accounting rows than were acknowledged in that
     * window. (The file itself is reported, not bounded here: {@code usage_hourly} is kept by design and grows by one
     * row per site and hour.)
     */
    static void assertFlatAndBounded(SimulatedYear.Result r, Duration retention) {
        var samples = r.samples();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(4);
        long base = samples.get(1).heapAfterGcBytes();
        for (var s : samples.subList(2, samples.size())) {
            assertThat(s.heapAfterGcBytes()).as("heap after GC on " + s.date() + " against " + base + " bytes")
                    .isLessThanOrEqualTo(Math.max((long) (base * 1.10), base + 4L * 1024 * 1024));
        }
        var start = samples.get(0).date();
        int checked = 0;
        for (var s : samples) {
            if (s.date().isAfter(start.plusDays(retention.toDays() + 1))) {
                checked++;
                assertThat(s.oldestAccountingAge()).as("oldest accounting record on " + s.date())
                        .isLessThanOrEqualTo(retention.plusDays(1));
                assertThat(s.accountingRows()).as("accounting rows on " + s.date())
                        .isLessThanOrEqualTo(s.ackedInWindow());
            }
        }
        assertThat(checked).as("samples after the first retention period").isPositive();
    }
}
