package id.pita.portal.auth;

import java.time.Instant;

/**
 * A logged-in console session. {@code token} travels only in the HttpOnly cookie (the store keeps its SHA-256);
 * {@code csrfToken} goes in every form and the {@code X-CSRF-Token} header. Neither is ever logged.
 *
 * @param rowId       the session's number, shown on the sessions page and used to end it
 * @param restriction what the user must do before anything else (change the password, enrol a second factor)
 */
public record ConsoleSession(String token, long rowId, Actor actor, String csrfToken, Restriction restriction,
                             Instant createdAt) {
    /** A session that may only reach its account page until the user has done what it names. */
    public enum Restriction { NONE, CHANGE_PASSWORD, ENROL_TOTP }

    public boolean restricted() {
        return restriction != Restriction.NONE;
    }

    @Override
    public String toString() {
        return "ConsoleSession[" + actor.username() + ", #" + rowId + "]";
    }
}
