package id.pita.portal.auth;

/**
 * A logged-in console session. {@code id} travels only in the HttpOnly cookie; {@code csrfToken} goes in
 * every form and the {@code X-CSRF-Token} header. Neither is ever logged.
 */
public record ConsoleSession(String id, Actor actor, String csrfToken) {
    @Override
    public String toString() {
        return "ConsoleSession[" + actor.username() + "]";
    }
}
