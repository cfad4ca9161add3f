/**
 * A district's gateways and citizens, simulated as separate parties on the loopback network: each
 * gateway has its own 127.0.0.x address, speaks real RADIUS (Access-Request with Message-Authenticator,
 * accounting with gigawords) to Pita, obeys Pita's CoA and Disconnect on its own UDP port, and lets its
 * citizens log in through the real portal handshake over HTTP (MikroTik external login, CoovaChilli
 * UAM). Traffic is synthetic: each session uses the lesser of what it wants and the rate Pita last gave
 * it, so the simulated day follows Pita's decisions. Time comes from an injected {@link java.time.Clock},
 * so a {@link id.pita.core.time.ScaledClock} runs a whole day in minutes. Not used by Pita itself.
 */
package id.pita.portal.simulator;
