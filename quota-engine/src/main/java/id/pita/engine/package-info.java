/**
 * The quota engine: RADIUS auth/accounting server and CoA/Disconnect client on Netty, and the
 * control loop that turns demand and policy into rates pushed to gateways. Sub-packages:
 * {@code radius.packet} (pure codec), {@code radius.server}, {@code coa}, {@code access}
 * (who gets in, with what), {@code accounting}, {@code control} (the loop), {@code metrics}.
 */
package id.pita.engine;
