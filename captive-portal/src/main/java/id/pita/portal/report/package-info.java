/**
 * Reports on how the district's paid capacity was used: utilisation by hour, day and month split office vs
 * public, capacity released to the public after hours, cost per GB served; rendered as CSV and a printable
 * HTML page. Pure computation over hourly usage rows read through the {@link id.pita.portal.report.UsageSource}
 * port; no I/O and no clock of its own.
 */
package id.pita.portal.report;
