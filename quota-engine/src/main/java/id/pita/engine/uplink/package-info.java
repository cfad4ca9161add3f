/**
 * Measuring the district's uplink for the control loop: {@link id.pita.engine.uplink.SnmpUplinkPoller} reads the
 * uplink interface's IF-MIB counters and status from the core router or ISP CPE with SNMP (v2c or v3), and
 * {@link id.pita.engine.uplink.UplinkMonitor} turns those readings (through core's
 * {@link id.pita.core.uplink.UplinkEstimator}) into the {@link id.pita.core.uplink.UplinkState} each round plans on,
 * and into the status the dashboard, the public page, the alerts and {@code /health} show. A dead SNMP agent is
 * "unknown", never "link down".
 */
package id.pita.engine.uplink;
