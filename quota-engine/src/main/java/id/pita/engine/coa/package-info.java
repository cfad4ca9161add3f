/**
 * Pushing decisions to live sessions with RFC 5176 Change-of-Authorization and Disconnect requests:
 * the values that say what to push ({@link id.pita.engine.coa.PushRequest}) and what came of it
 * ({@link id.pita.engine.coa.PushOutcome}), the UDP client that sends, retries and matches replies
 * ({@link id.pita.engine.coa.CoaClient}), and the per-gateway pacing in front of it
 * ({@link id.pita.engine.coa.PushScheduler}). Packet bytes and vendor attributes come from
 * {@code id.pita.engine.radius}; nothing here parses RADIUS itself.
 */
package id.pita.engine.coa;
