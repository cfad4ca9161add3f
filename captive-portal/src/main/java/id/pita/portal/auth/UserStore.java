package id.pita.portal.auth;

import java.util.List;
import java.util.Optional;

/** Port to the {@code app_user} and {@code recovery_code} tables. Implementations are thread-safe. */
public interface UserStore {
    Optional<User> find(String username);

    List<User> all();

    /** Inserts a new user, or replaces the one with the same user name (recovery codes stay). */
    void save(User user);

    /** Creates {@code user} only if there are no users at all; true if it did (atomic). */
    boolean insertIfEmpty(User user);

    /** Removes the user and its recovery codes; false if there was none. */
    boolean delete(String username);

    /** Replaces the user's recovery codes by these SHA-256 hashes. */
    void replaceRecoveryCodes(String username, List<String> codeHashes);

    /** Uses up one recovery code (by its hash); false if the user has no such code. Atomic. */
    boolean useRecoveryCode(String username, String codeHash);

    /** How many recovery codes the user has left. */
    int recoveryCodesLeft(String username);

    /**
     * Records that the TOTP time step {@code step} was used, only if it is later than the last one recorded;
     * false if it is not (a replayed code). Atomic.
     */
    boolean advanceTotpStep(String username, long step);
}
