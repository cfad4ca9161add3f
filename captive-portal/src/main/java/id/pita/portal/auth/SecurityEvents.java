package id.pita.portal.auth;

/**
 * Where account events go: the audit log. {@code actor} is who acted (the user logging in, or the admin),
 * {@code detail} a small JSON object or {@code ""}. Implementations are thread-safe and never throw for a
 * well-formed event.
 */
@FunctionalInterface
public interface SecurityEvents {
    void record(String actor, String action, String entity, String address, String detail);

    SecurityEvents NONE = (actor, action, entity, address, detail) -> { };
}
