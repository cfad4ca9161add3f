package id.pita.portal.report;

/**
 * Capacity given to the public outside office hours.
 *
 * @param publicGb  GB (10^9 bytes, both directions) the hotspots moved in after-hours hours
 * @param mbpsHours download capacity the offices left free in after-hours hours, in Mbps x hours:
 *                  per hour, pool down capacity less the offices' average download rate that hour
 * @param hours     after-hours hours counted
 */
public record Released(double publicGb, double mbpsHours, long hours) {
}
