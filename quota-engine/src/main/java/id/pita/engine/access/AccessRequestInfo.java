package id.pita.engine.access;

import id.pita.core.district.Gateway;
import java.util.Optional;

/**
 * What an Access-Request asks, decoded and already authenticated as coming from {@code gateway}
 * (source address, shared secret and Message-Authenticator checked by the server).
 *
 * @param mac      the client's MAC from Calling-Station-Id, canonical form, if present
 * @param password checks a candidate clear-text password against the request's PAP or CHAP proof
 */
public record AccessRequestInfo(Gateway gateway, String username, Optional<String> mac, Optional<String> ip,
                                Optional<String> acctSessionId, PasswordCheck password) {
}
