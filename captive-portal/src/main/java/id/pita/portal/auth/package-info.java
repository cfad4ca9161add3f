/**
 * Console accounts and their protection: roles (admin, OPD operator scoped to one site, viewer), PBKDF2
 * password hashes, login throttling per user name and per address, server-side sessions with idle expiry
 * and a CSRF token each. The {@link id.pita.portal.auth.UserStore} port is implemented by the store module;
 * everything here is thread-safe and takes its time and randomness from the caller.
 */
package id.pita.portal.auth;
