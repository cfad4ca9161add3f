package id.pita.portal.console;

import id.pita.portal.report.UsageSource;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything the console reads or writes, as ports the integrator implements (JDBI store, engine).
 *
 * @param regimeAt the calendar's regime at an instant, for reports (the integrator passes the live
 *                 {@code RegimeCalendar}'s {@code at(t).regime()})
 * @param metrics  engine counters in Prometheus text exposition format, appended to {@code /metrics}
 */
public record ConsolePorts(DistrictAdmin district, AuditLog audit, BoostAdmin boosts, VoucherAdmin vouchers,
                           UsageSource usage, LiveView live,
                           Function<java.time.Instant, id.pita.core.calendar.Regime> regimeAt,
                           Supplier<String> metrics) {
}
