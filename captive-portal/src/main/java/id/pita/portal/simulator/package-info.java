/**
 * A district's gateways and citizens, simulated as separate parties on the loopback network: each
 * gateway has its own 127.0.0.x address, speaks real RADIUS (Access-Request with Message-Authenticator,
 * accounting with gigawords) to Pita, obeys Pita's CoA and Disconnect on its own UDP port, and lets its
 * citizens log in through the real portal handshake over HTTP (MikroTik external login, CoovaChilli
 * UAM). Traffic is synthetic: each session uses the lesser of what it wants and the rate Pita last gave
 * it, so the simulated day follows Pita's decisions. Time comes from an injected {@link java.time.Clock},
 * so a {@link id.pita.core.time.ScaledClock} runs a whole day in minutes. A MikroTik behaves as RouterOS
 * does where its manual says ({@link id.pita.portal.simulator.RouterOs}): every other router on 6.49 sends no
 * Message-Authenticator, 7.15+ puts it last, sessions are numbered {@code 80xxxxxx}, and a CoA with an
 * attribute RouterOS cannot change is NAKed. Not used by Pita itself.
 */
package id.pita.portal.simulator;
