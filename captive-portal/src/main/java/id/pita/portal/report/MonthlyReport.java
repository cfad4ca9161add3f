package id.pita.portal.report;

import java.time.YearMonth;
import java.util.List;

/**
 * A month's report.
 *
 * @param costPerGbIdr the pool's monthly cost divided by GB served (10^9 bytes, both directions, offices
 *                     and hotspots); 0 when nothing was served
 */
public record MonthlyReport(String district, YearMonth month, List<UtilisationLine> days, UtilisationLine total,
                            Released released, long monthlyCostIdr, double costPerGbIdr) {
    public MonthlyReport {
        days = List.copyOf(days);
    }
}
