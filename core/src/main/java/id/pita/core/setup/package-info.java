/**
 * Gateway set-up, generated: for one gateway of the district, the exact configuration to paste on it (secrets
 * included), so that the router speaks to Pita as Pita expects. One class per vendor: {@link
 * id.pita.core.setup.MikrotikSetup} (RouterOS script and the router-side {@code login.html}), {@link
 * id.pita.core.setup.ChilliSetup} (CoovaChilli's {@code /etc/chilli/config}), {@link
 * id.pita.core.setup.OpenNdsSetup} (openNDS's {@code opennds.conf} and the OpenWrt UCI commands). Pure text
 * generation: no sockets, no files.
 */
package id.pita.core.setup;
