package id.pita.portal.report;

import java.time.YearMonth;
import java.util.List;

/**
 * A month's report.
 *
 * @param total          the month up to now (a month in progress counts only its elapsed part)
 * @param costPerGbIdr   the cost of the elapsed part of the month (monthly cost times the elapsed share of the
 *                       month) divided by GB served in it (10^9 bytes, both directions, offices and hotspots); 0
 *                       when nothing was served
 * @param elapsedSeconds seconds of the month counted, at most the month's length
 * @param monthSeconds   the month's length in seconds
 */
public record MonthlyReport(String district, YearMonth month, List<UtilisationLine> days, UtilisationLine total,
                            Released released, long monthlyCostIdr, double costPerGbIdr, long elapsedSeconds,
                            long monthSeconds) {
    /** The cost of the elapsed part of the month: the monthly cost pro rata. */
    public double elapsedCostIdr() {
        return monthSeconds == 0 ? 0 : monthlyCostIdr * (double) elapsedSeconds / monthSeconds;
    }

    /** GB served (both directions, all sites) in the elapsed part. */
    public double gigabytes() {
        return total.totalBytes() / 1e9;
    }

    public MonthlyReport {
        days = List.copyOf(days);
    }
}
