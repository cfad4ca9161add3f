/**
 * The citizen portal: the splash page, the three gateway login handshakes (MikroTik external login,
 * CoovaChilli UAM, openNDS FAS with its authmon poll), the status page and the RFC 8908 Captive Portal API.
 * The handshake maths ({@link id.pita.portal.citizen.MikrotikLogin}, {@link id.pita.portal.citizen.ChilliUam},
 * {@link id.pita.portal.citizen.OpenNdsFas}) is pure and knows no HTTP; the portal reaches the rest of Pita only
 * through the small interfaces here ({@link id.pita.portal.citizen.HotspotDirectory},
 * {@link id.pita.portal.citizen.HotspotHours}, {@link id.pita.portal.citizen.DeviceUsage}, …) that the
 * integrator wires, plus the core {@code CredentialStore} and an injected {@code Clock}.
 */
package id.pita.portal.citizen;
