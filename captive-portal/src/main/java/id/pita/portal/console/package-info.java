/**
 * The Diskominfo console: HTML pages for managing the district (pool, sites, gateways, calendar, regime
 * policies, citizen plan, vouchers, users), boosts, the live dashboard, reports and the audit log; plus the
 * public status page, {@code /health} and {@code /metrics}. All reads and writes go through small ports
 * ({@link id.pita.portal.console.DistrictAdmin}, {@link id.pita.portal.console.AuditLog},
 * {@link id.pita.portal.console.BoostAdmin}, {@link id.pita.portal.console.VoucherAdmin},
 * {@link id.pita.portal.console.LiveView}) that the store and engine implement; in-memory versions serve tests.
 * {@link id.pita.portal.console.ConsoleService} holds the rules (role scope, validation, audit) shared with the
 * REST API.
 */
package id.pita.portal.console;
