/**
 * Gateways' life as Pita sees it: when each last sent an Access-Request and accounting, when it last
 * acknowledged a CoA, how many unsigned requests it sent, and the faults those reveal ("authenticates
 * but sends no accounting"). Fed by the RADIUS server and the CoA ledger; kept in the store; shown in
 * {@code /metrics}, {@code /api/v1} and the console.
 */
package id.pita.engine.gateway;
