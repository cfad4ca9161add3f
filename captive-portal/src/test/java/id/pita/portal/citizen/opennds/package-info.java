/**
 * Interop with the real openNDS 9.10 (Debian's {@code /usr/bin/opennds}): the test builds a client, a gateway and an
 * "internet" network namespace joined by veths on private 10.213.x.x addresses, runs openNDS as the gateway with
 * Pita's citizen portal as its FAS (level 1), and plays the citizen with curl from the client namespace. Needs root,
 * iproute2, iptables (legacy backend), nftables, curl and nginx; fails with a clear message when one is missing.
 */
package id.pita.portal.citizen.opennds;
