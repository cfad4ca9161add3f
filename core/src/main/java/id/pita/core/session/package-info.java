/** RADIUS sessions and accounting records as the store keeps them; MAC address handling. */
package id.pita.core.session;
