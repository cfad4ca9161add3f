package id.pita.portal.simulator;

import id.pita.core.district.Bandwidth;
import id.pita.core.district.SiteKind;

/**
 * One live simulated session as seen at an instant.
 *
 * @param limit      the rate the gateway applies now: from the Access-Accept or the last accepted CoA
 * @param wish       what the session would use unhindered
 * @param throughput what flows: per direction the lesser of the two (bit/s, client's side)
 */
public record SessionView(String gatewayId, String siteCode, SiteKind kind, String userName, boolean citizen,
                          boolean heavy, Bandwidth limit, Bandwidth wish, Bandwidth throughput) {
}
