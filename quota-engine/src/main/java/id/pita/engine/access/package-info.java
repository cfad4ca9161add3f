/**
 * Access decisions, independent of the wire: given who asks (gateway, user, MAC) and a way to check
 * the password, accept with a {@link id.pita.engine.access.RateReply} or reject with a message a
 * person can read. The RADIUS server turns a reply into the gateway vendor's attributes.
 */
package id.pita.engine.access;
