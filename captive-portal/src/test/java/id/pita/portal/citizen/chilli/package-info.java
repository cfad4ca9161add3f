/**
 * The real CoovaChilli 1.9 (built from {@code ../shared/peers} by {@code scripts/build-chilli}) in network
 * namespaces with the real Pita as its RADIUS server and UAM portal: DHCP, redirect, log-in, shaping measured on
 * real traffic, CoA, Disconnect and accounting.
 */
package id.pita.portal.citizen.chilli;
