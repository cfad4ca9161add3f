/**
 * How Pita writes numbers, rates, money, sizes, dates and times for people: Indonesian conventions by default
 * ({@code 29,7 Mbps}, {@code Rp 1.250}, {@code Senin, 7 Desember 2026 pukul 16.00 WITA}), English conventions on
 * request. One formatter for every console page, the public status page, the reports and the {@code plan} table;
 * machine-readable outputs (CSV, JSON) keep raw numbers and name their unit in the header instead.
 */
package id.pita.core.format;
