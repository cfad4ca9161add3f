/** The district's uplink as measured: SNMP samples of its interface and the capacity they say it has now. */
package id.pita.core.uplink;
