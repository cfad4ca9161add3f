package id.pita.core.credential;

import java.time.Instant;
import java.util.Optional;

/**
 * Where one-time credentials live between the portal's mint and the engine's redeem.
 * Implementations are thread-safe.
 */
public interface CredentialStore {
    /** A fresh credential for this device at this gateway, valid until {@code now + ttl}. */
    CitizenCredential mint(String gatewayId, String siteCode, id.pita.core.session.MacAddress mac, Instant now);

    /** The credential with this user name if it is unused and unexpired at {@code now}. */
    Optional<CitizenCredential> find(String username, Instant now);

    /**
     * Marks the credential used. Returns true for exactly one caller, and only while it is
     * unexpired; every later call returns false.
     */
    boolean consume(String username, Instant now);
}
