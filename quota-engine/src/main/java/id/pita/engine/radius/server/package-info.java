/**
 * The RADIUS authentication and accounting server on Netty UDP. One initializer
 * ({@link id.pita.engine.radius.server.RadiusChannelInitializer}) builds each port's pipeline of
 * small handlers: decode, check the source gateway, check authenticators, answer duplicates from a
 * cache, dispatch to the access handler or accounting sink off the event loop, encode. Bad input is
 * dropped, counted and logged at WARN without a stack trace; nothing a peer sends escapes.
 */
package id.pita.engine.radius.server;
