package id.pita.portal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.pita.core.district.Bandwidth;
import id.pita.core.district.Pool;
import id.pita.core.district.SiteKind;
import id.pita.portal.testing.Districts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageReportsTest {
    // Pool 100 Mbps down / 40 Mbps up, Rp 15,000,000 a month. One hour at full download = 100e6 * 3600 / 8 = 45 GB.
    private static final Pool POOL = new Pool(Bandwidth.mbps(100, 40), 15_000_000L);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23); // a Monday; office hours 08-16 WITA
    private static final Instant H09 = Instant.parse("2026-11-23T01:00:00Z"); // 09:00 WITA
    private static final Instant H20 = Instant.parse("2026-11-23T12:00:00Z"); // 20:00 WITA
    private static final List<UsageRow> ROWS = List.of(
            new UsageRow("bappeda", SiteKind.OFFICE, H09, 4_500_000_000L, 22_500_000_000L),
            new UsageRow("taman-kota", SiteKind.HOTSPOT, H20, 7_200_000_000L, 36_000_000_000L),
            new UsageRow("bappeda", SiteKind.OFFICE, H20, 0, 4_500_000_000L));
    private final UsageReports reports = new UsageReports(POOL, Districts.WITA, Districts::regimeAt);

    @Test
    void hourlyUtilisationIsBitsOverCapacityTimesSeconds() {
        var hours = reports.byHour(ROWS, DAY);
        assertThat(hours).hasSize(24);
        var nine = hours.get(9);
        assertThat(nine.label()).isEqualTo("09:00");
        // 22.5e9 B * 8 = 180e9 bit; 100e6 bit/s * 3600 s = 360e9 bit -> 0.5
        assertThat(nine.officeDownUtil()).isCloseTo(0.5, within(1e-9));
        // up: 4.5e9 * 8 = 36e9 bit over 40e6 * 3600 = 144e9 -> 0.25
        assertThat(nine.upUtil()).isCloseTo(0.25, within(1e-9));
        var twenty = hours.get(20);
        // public 36e9 * 8 = 288e9 / 360e9 = 0.8; offices 4.5e9 * 8 = 36e9 / 360e9 = 0.1; total 0.9
        assertThat(twenty.hotspotDownUtil()).isCloseTo(0.8, within(1e-9));
        assertThat(twenty.officeDownUtil()).isCloseTo(0.1, within(1e-9));
        assertThat(twenty.downUtil()).isCloseTo(0.9, within(1e-9));
        assertThat(hours.get(3).downUtil()).isZero();
    }

    @Test
    void dailyUtilisationSplitsOfficeAndPublic() {
        var day = reports.byDay(ROWS, YearMonth.of(2026, 11)).get(22);
        assertThat(day.label()).isEqualTo("2026-11-23");
        assertThat(day.seconds()).isEqualTo(86_400);
        // day capacity down: 100e6 * 86400 = 8.64e12 bit
        // office down (22.5 + 4.5) e9 B = 216e9 bit -> 0.025
        assertThat(day.officeDownUtil()).isCloseTo(0.025, within(1e-9));
        // public down 36e9 B = 288e9 bit -> 0.03333
        assertThat(day.hotspotDownUtil()).isCloseTo(288.0 / 8640, within(1e-9));
        // up: (4.5 + 7.2) e9 B = 93.6e9 bit over 40e6 * 86400 = 3.456e12 -> 0.0270833
        assertThat(day.upUtil()).isCloseTo(93.6 / 3456, within(1e-9));
    }

    @Test
    void releasedCapacityCountsAfterHoursOnly() {
        var from = DAY.atStartOfDay(Districts.WITA).toInstant();
        var released = reports.released(ROWS, from, from.plusSeconds(86_400));
        // after hours on a Monday: 00-08 and 16-24 = 16 hours
        assertThat(released.hours()).isEqualTo(16);
        // public moved 36e9 + 7.2e9 B after hours = 43.2 GB (the 09:00 office row is in office hours)
        assertThat(released.publicGb()).isCloseTo(43.2, within(1e-9));
        // 15 idle hours give 100 Mbps each; at 20:00 offices averaged 4.5e9*8/3600 = 10 Mbps -> 90; 1500 + 90
        assertThat(released.mbpsHours()).isCloseTo(1590, within(1e-6));
    }

    @Test
    void monthlyCostPerGbIsMonthlyCostOverGbServed() {
        var month = reports.monthly("Paser", ROWS, YearMonth.of(2026, 11));
        // served: 22.5 + 4.5 + 36 + 7.2 + 4.5 = 74.7 GB; Rp 15,000,000 / 74.7 = Rp 200,803.21 per GB
        assertThat(month.total().totalBytes()).isEqualTo(74_700_000_000L);
        assertThat(month.costPerGbIdr()).isCloseTo(200_803.21, within(0.01));
        assertThat(month.total().seconds()).isEqualTo(30 * 86_400);
        assertThat(month.days()).hasSize(30);
    }

    @Test
    void monthInProgressCostsItsElapsedShareOfTheMonthlyCost() {
        var until = DAY.plusDays(1).atStartOfDay(Districts.WITA).toInstant();
        var month = reports.monthly("Paser", ROWS, YearMonth.of(2026, 11), until);
        // 23 of 30 days elapsed: Rp 15,000,000 x 23/30 = Rp 11,500,000 over the same 74.7 GB
        assertThat(month.elapsedSeconds()).isEqualTo(23 * 86_400);
        assertThat(month.elapsedCostIdr()).isCloseTo(11_500_000, within(0.01));
        assertThat(month.costPerGbIdr()).isCloseTo(11_500_000 / 74.7, within(0.01));
        assertThat(month.total().seconds()).isEqualTo(23 * 86_400);
    }

    @Test
    void monthInProgressCountsReleasedHoursOnlyUntilNow() {
        var until = DAY.plusDays(1).atStartOfDay(Districts.WITA).toInstant();
        var month = reports.monthly("Paser", ROWS, YearMonth.of(2026, 11), until);
        // 1-23 Nov 2026: 16 weekdays x 16 after-hours hours + 7 weekend days x 24 = 256 + 168 = 424
        assertThat(month.released().hours()).isEqualTo(424);
        assertThat(month.released().publicGb()).isCloseTo(43.2, within(1e-9));
    }

    @Test
    void csvHasOneLinePerDayPlusTotalAndDefusesFormulas() {
        var csv = ReportCsv.monthly(reports.monthly("Paser", ROWS, YearMonth.of(2026, 11)));
        assertThat(csv.split("\r\n")).hasSize(1 + 30 + 1);
        assertThat(csv).contains("2026-11-23,86400,27000000000,4500000000,36000000000,7200000000,"
                + "0.0250,0.0333,0.0583,0.0271");
        assertThat(ReportCsv.field("=cmd()")).isEqualTo("'=cmd()");
        assertThat(ReportCsv.field("a,b")).isEqualTo("\"a,b\"");
    }
}
