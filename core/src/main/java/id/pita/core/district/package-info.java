/**
 * The district model: a regency's pooled uplink, its sites (OPD offices and public hotspots), the
 * gateways that serve them, the per-regime class policies, the citizen plan and office boosts.
 * All immutable records that validate themselves; errors name the field. Rates are in bit/s.
 */
package id.pita.core.district;
